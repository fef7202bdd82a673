package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_includesManagementEvents_Test {

    @Test
    void should_pass_if_selector_includes_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "management-only").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).includesManagementEvents());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_does_not_include_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("data-only").eventSelectors()
                .selector(0).includesManagementEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting event selector 1 of trail "data-only" to include management events, but it does not:
                  ReadWriteType All; no management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }
}
