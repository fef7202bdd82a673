package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MANAGEMENT_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import io.github.mockcloudtrail.selectors.EventDescription;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_wouldNotLog_Test {

    @Test
    void should_pass_if_no_selector_matches_the_event(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "data-only");
        Event lookup = cloudTrail.lookupEvents(r -> { }).events().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .wouldNotLog(EventDescription.management("iam.amazonaws.com", "CreateUser").readOnly(false).build())
                .wouldNotLog(lookup));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_selector_matches_the_event(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "management-only");
        EventDescription createUser = EventDescription.management("iam.amazonaws.com", "CreateUser").readOnly(false).build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).wouldNotLog(createUser));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" not to log the event, but its selectors
                would log iam.amazonaws.com CreateUser (Management, write):
                  matched by %1$s
                Event selectors of trail "management-only":
                  %1$s""".formatted(MANAGEMENT_ONLY_SELECTOR));
    }
}
