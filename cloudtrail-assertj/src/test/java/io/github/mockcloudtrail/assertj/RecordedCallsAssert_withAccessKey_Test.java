package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.ForAccount;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_withAccessKey_Test {

    @Test
    void should_count_the_calls_signed_with_the_key(CloudTrailClient cloudTrail, CloudTrailMock mock,
            @ForAccount("210987654321") CloudTrailClient member, @ForAccount("210987654321") CloudTrailMock memberMock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        member.listTrails(r -> { });
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.LIST_TRAILS).withAccessKey(accessKey(memberMock)).once()
                .returnToMock()
                .received(Operation.STOP_LOGGING).withAccessKey(accessKey(memberMock)).never()
                .returnToMock()
                .received(Operation.STOP_LOGGING).withAccessKey(accessKey(mock)).once());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_key_and_showing_each_call_s_key(CloudTrailClient cloudTrail, CloudTrailMock mock,
            @ForAccount("210987654321") CloudTrailClient member, @ForAccount("210987654321") CloudTrailMock memberMock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        member.listTrails(r -> { });
        String memberKey = accessKey(memberMock);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING)
                .withAccessKey(memberKey).once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging with access key %1$s, but it received 0.
                Calls received:
                """.formatted(memberKey) + stopOrgAuditAndDeleteNopeCalls(accessKey(mock))
                + "\n  2: 2024-03-01T12:00:00Z ListTrails -> 200 (us-east-1, 210987654321, key " + memberKey + ")");
    }
}
