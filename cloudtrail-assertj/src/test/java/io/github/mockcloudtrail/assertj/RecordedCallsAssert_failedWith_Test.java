package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;

@OrgAuditCalls
class RecordedCallsAssert_failedWith_Test {

    @Test
    void should_count_the_calls_answered_with_the_error_code(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.DELETE_TRAIL).withTrailName("nope").failedWith("TrailNotFoundException").once()
                .returnToMock()
                .received(Operation.STOP_LOGGING).failedWith("TrailNotFoundException").never());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_count_the_calls_an_injected_error_answered(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        mock.faults().on(Operation.GET_TRAIL_STATUS).once().respond(AwsError.throttling());
        CloudTrailException throttled = catchThrowableOfType(CloudTrailException.class,
                () -> cloudTrail.getTrailStatus(r -> r.name("org-audit")));
        assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.GET_TRAIL_STATUS).failedWith("ThrottlingException").once()
                .returnToMock()
                .received(Operation.GET_TRAIL_STATUS).succeeded().once()
                .returnToMock()
                .received(Operation.GET_TRAIL_STATUS).failedWith("ThrottlingException").never());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received no calls of GetTrailStatus that failed with ThrottlingException, but it \
                received 1.
                Calls received (* marks those that count):
                * 0: 2024-03-01T12:00:00Z GetTrailStatus "org-audit" -> 400 ThrottlingException [injected: 400 \
                ThrottlingException: Rate exceeded] (us-east-1, 123456789012, key %1$s)
                  1: 2024-03-01T12:00:00Z GetTrailStatus "org-audit" -> 200 (us-east-1, 123456789012, key %1$s)"""
                .formatted(accessKey(mock)));
    }

    @Test
    void should_fail_naming_the_error_code(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING)
                .failedWith("TrailNotFoundException").once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging that failed with TrailNotFoundException, \
                but it received 0.
                Calls received:
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock)));
    }
}
