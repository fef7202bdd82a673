package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_succeeded_Test {

    @Test
    void should_count_the_calls_answered_with_http_200(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.STOP_LOGGING).succeeded().once()
                .returnToMock()
                .received(Operation.DELETE_TRAIL).succeeded().never());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_calls_of_the_operation_failed(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.DELETE_TRAIL).succeeded().once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of DeleteTrail that succeeded, but it received 0.
                Calls received:
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock)));
    }
}
