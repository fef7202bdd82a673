package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_RECORD;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailRecordAssert_hasUserIdentityArn_Test {

    @Test
    void should_pass_if_record_has_the_callers_arn(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasUserIdentityArn("arn:aws:iam::123456789012:user/mock-user"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_record_has_another_callers_arn(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasUserIdentityArn("arn:aws:iam::123456789012:user/mallory"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have userIdentity ARN "arn:aws:iam::123456789012:user/mallory", but it has "arn:aws:iam::123456789012:user/mock-user".
                """ + STOP_LOGGING_RECORD);
    }
}
