package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_doesNotIncludeManagementEvents_Test {

    @Test
    void should_pass_if_selector_does_not_include_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "data-only").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).doesNotIncludeManagementEvents());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_includes_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "management-only").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).doesNotIncludeManagementEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting the event selector not to include management events, but it does:
                  ReadWriteType All; management events; no data events""");
    }
}
