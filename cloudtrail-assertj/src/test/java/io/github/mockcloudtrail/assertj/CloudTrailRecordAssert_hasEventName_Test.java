package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_RECORD;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailRecordAssert_hasEventName_Test {

    @Test
    void should_pass_if_record_has_the_event_name(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasEventName("StopLogging"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_record_has_another_event_name(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasEventName("StartLogging"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have eventName "StartLogging", but it has "StopLogging".
                """ + STOP_LOGGING_RECORD);
    }

    @Test
    void should_fail_if_record_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((CloudTrailRecord) null).hasEventName("StopLogging"));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
