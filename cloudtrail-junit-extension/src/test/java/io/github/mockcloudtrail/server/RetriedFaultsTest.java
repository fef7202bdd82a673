package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The SDK's standard retry policy (three attempts), switched on as production code would, meets injected
 * faults as it would meet AWS's: it retries throttling, 5xx answers and broken connections, and gives up or
 * succeeds as the journal shows; it does not retry a client error.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
class RetriedFaultsTest {

    private static CloudTrailClient retrying(CloudTrailClientBuilder builder) {
        return builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)).build();
    }

    @Test
    void throttlingTwiceIsRetriedUntilTheThirdAttemptSucceeds(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.DESCRIBE_TRAILS).times(2).respond(AwsError.throttling());

        try (CloudTrailClient client = retrying(builder)) {
            assertThat(client.describeTrails().trailList()).hasSize(1);
        }
        assertThat(mock.calls().of(Operation.DESCRIBE_TRAILS)).extracting(call -> call.error().orElse("OK"))
                .containsExactly("ThrottlingException", "ThrottlingException", "OK");
    }

    @Test
    void aLastingServerErrorIsRetriedThenRaised(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).respond(AwsError.internalFailure());

        try (CloudTrailClient client = retrying(builder)) {
            assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class, "InternalFailure",
                    500);
        }
        assertThat(mock.calls().of(Operation.GET_TRAIL)).hasSize(3).allMatch(call -> call.status() == 500);
    }

    @Test
    void aTemporaryUnavailabilityIsRetried(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL_STATUS).once().respond(AwsError.serviceUnavailable());

        try (CloudTrailClient client = retrying(builder)) {
            assertThat(client.getTrailStatus(r -> r.name("audit")).isLogging()).isFalse();
        }
        assertThat(mock.calls().of(Operation.GET_TRAIL_STATUS)).extracting(RecordedCall::status).containsExactly(503, 200);
    }

    @Test
    void brokenConnectionsAreRetried(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.START_LOGGING).once().connection(ConnectionFault.RESET);
        mock.faults().on(Operation.STOP_LOGGING).once().connection(ConnectionFault.EMPTY_RESPONSE);

        try (CloudTrailClient client = retrying(builder)) {
            client.startLogging(r -> r.name("audit"));
            client.stopLogging(r -> r.name("audit"));
        }
        assertThat(mock.calls().all()).extracting(RecordedCall::operationName, RecordedCall::status).containsExactly(
                tuple("StartLogging", 0), tuple("StartLogging", 200),
                tuple("StopLogging", 0), tuple("StopLogging", 200));
    }

    @Test
    void aClientErrorIsNotRetried(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).respond(AwsError.of("TrailNotFoundException", "Injected."));

        try (CloudTrailClient client = retrying(builder)) {
            assertRejected(() -> client.getTrail(r -> r.name("audit")), TrailNotFoundException.class,
                    "TrailNotFoundException");
        }
        assertThat(mock.calls().of(Operation.GET_TRAIL)).hasSize(1);
    }
}
