package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DELETE_NOPE_RECORD;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailRecordAssert_hasNoErrorCode_Test {

    @Test
    void should_pass_if_the_call_succeeded(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasNoErrorCode());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_call_failed(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "DeleteTrail").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasNoErrorCode());
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of DeleteTrail from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have no errorCode, but it has "TrailNotFoundException".
                """ + DELETE_NOPE_RECORD);
    }
}
