package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_hasNoDataResources_Test {

    @Test
    void should_pass_if_selector_logs_no_data_events(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "management-only").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasNoDataResources());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_has_data_resources(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms").eventSelectors()
                .selector(0).hasNoDataResources());
        // THEN
        outcome.shouldFailWith("""
                Expecting event selector 1 of trail "no-kms" to have no data resources, but it has some:
                  ReadWriteType All; management events except kms.amazonaws.com; data events on AWS::S3::Object arn:aws:s3:::""");
    }
}
