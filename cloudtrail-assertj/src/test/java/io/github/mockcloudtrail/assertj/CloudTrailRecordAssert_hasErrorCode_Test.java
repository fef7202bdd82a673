package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_RECORD;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailRecordAssert_hasErrorCode_Test {

    @Test
    void should_pass_if_the_call_failed_with_the_code(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "DeleteTrail").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasErrorCode("TrailNotFoundException"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_call_succeeded(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasErrorCode("TrailNotFoundException"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have errorCode "TrailNotFoundException", but it has none.
                """ + STOP_LOGGING_RECORD);
    }
}
