package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_excludesManagementEventsFrom_Test {

    @Test
    void should_pass_if_selector_excludes_the_source(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "no-kms").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).excludesManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_does_not_exclude_the_source(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "management-only").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).excludesManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the event selector to exclude management events from kms.amazonaws.com, but it does not:
                  ReadWriteType All; management events; no data events""");
    }
}
