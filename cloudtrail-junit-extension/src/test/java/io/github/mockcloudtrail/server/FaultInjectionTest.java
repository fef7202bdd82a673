package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.PlannedFault;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.ThrottlingException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * Faults planned through the handle, seen by the injected client, which does not retry: AWS errors the SDK
 * maps to its exception classes, counted and conditional rules, delays that leave the server's threads free,
 * and broken connections. {@link RetriedFaultsTest} shows how the SDK's retry policy sees them.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
class FaultInjectionTest {

    @Test
    void anInjectedErrorIsRaisedAsTheSdksExceptionForItsCode(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().respond(AwsError.of("TrailNotFoundException", "Injected."));

        assertRejected(() -> client.getTrail(r -> r.name("audit")), TrailNotFoundException.class,
                "TrailNotFoundException").isEqualTo("Injected.");
        assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
    }

    @Test
    void throttlingHitsTheNextCallsThenTheMockAnswersAgain(CloudTrailClient client, CloudTrailMock mock) {
        PlannedFault throttle = mock.faults().on(Operation.DESCRIBE_TRAILS).times(2).respond(AwsError.throttling());

        for (int i = 0; i < 2; i++) {
            assertRejected(() -> client.describeTrails(), ThrottlingException.class, "ThrottlingException")
                    .isEqualTo("Rate exceeded");
        }
        assertThat(client.describeTrails().trailList()).hasSize(1);
        assertThat(throttle.fired()).isEqualTo(2);
        assertThat(throttle.isExhausted()).isTrue();
    }

    @Test
    void serverErrorsCarryTheirStatus(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.LIST_TRAILS).once().respond(AwsError.internalFailure());
        mock.faults().on(Operation.LIST_TRAILS).once().respond(AwsError.serviceUnavailable());
        mock.faults().on(Operation.LIST_TRAILS).once().respond(AwsError.of(502, "BadGateway", "Upstream gone."));

        assertRejected(() -> client.listTrails(r -> { }), CloudTrailException.class, "InternalFailure", 500)
                .startsWith("The request processing has failed");
        assertRejected(() -> client.listTrails(r -> { }), CloudTrailException.class, "ServiceUnavailable", 503)
                .isEqualTo("The request has failed due to a temporary failure of the server.");
        assertRejected(() -> client.listTrails(r -> { }), CloudTrailException.class, "BadGateway", 502)
                .isEqualTo("Upstream gone.");
        assertThat(client.listTrails(r -> { }).trails()).hasSize(1);
    }

    @Test
    void anEveryCallFaultLastsUntilCancelled(CloudTrailClient client, CloudTrailMock mock) {
        PlannedFault down = mock.faults().on(Operation.GET_TRAIL_STATUS).respond(AwsError.serviceUnavailable());

        for (int i = 0; i < 3; i++) {
            assertRejected(() -> client.getTrailStatus(r -> r.name("audit")), CloudTrailException.class,
                    "ServiceUnavailable", 503);
        }
        down.cancel();

        assertThat(client.getTrailStatus(r -> r.name("audit")).isLogging()).isFalse();
        assertThat(down.fired()).isEqualTo(3);
        assertThat(mock.faults().planned()).containsExactly(down);
        mock.faults().clear();
        assertThat(mock.faults().planned()).isEmpty();
    }

    @Test
    void aConditionalFaultHitsOnlyTheRequestsItMatches(CloudTrailClient client, CloudTrailMock mock) {
        client.createTrail(r -> r.name("other").s3BucketName("audit-logs"));
        mock.faults().on(Operation.START_LOGGING)
                .when(StartLoggingRequest.class, request -> request.name().equals("audit"))
                .respond(AwsError.throttling());

        client.startLogging(r -> r.name("other"));
        assertRejected(() -> client.startLogging(r -> r.name("audit")), ThrottlingException.class,
                "ThrottlingException");
        assertThat(client.getTrailStatus(r -> r.name("other")).isLogging()).isTrue();
    }

    @Test
    void theFirstActiveMatchingRuleFires(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().respond(AwsError.of("First", "first"));
        mock.faults().on(Operation.GET_TRAIL).once().respond(AwsError.of("Second", "second"));

        assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class, "First");
        assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class, "Second");
    }

    @Test
    void aConditionThatThrowsIsAnswered500NamingTheRule(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).when(request -> {
            throw new IllegalStateException("broken condition");
        }, "when the broken condition holds").respond(AwsError.throttling());

        assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class, "InternalFailure", 500)
                .isEqualTo("The condition of the planned fault GetTrail (every call, when the broken condition"
                        + " holds): 400 ThrottlingException: Rate exceeded threw java.lang.IllegalStateException:"
                        + " broken condition.");
    }

    @Test
    void aDelayedCallIsAnsweredNormallyNoSoonerThanTheDelay(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().delay(Duration.ofMillis(300));
        mock.faults().on(Operation.GET_TRAIL).once().delay(Duration.ofMillis(200), Duration.ofMillis(400));

        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
        assertThat(mock.calls().of(Operation.GET_TRAIL)).extracting(RecordedCall::injectedFault)
                .containsExactly(Fault.delay(Duration.ofMillis(300)),
                        Fault.delay(Duration.ofMillis(200), Duration.ofMillis(400)));
    }

    /** The server has two I/O threads; four delayed calls in flight must not hold up a fifth call. */
    @Test
    void delayedCallsLeaveTheServerFreeToAnswerOthers(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.LIST_TRAILS).times(4).delay(Duration.ofSeconds(3));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> delayed = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try (CloudTrailClient own = mock.clientBuilder().build()) {
                            return own.listTrails(r -> { }).trails().size();
                        }
                    }, callers))
                    .toList();
            ParallelCalls.awaitArrivals(mock, 4);

            assertThat(client.describeTrails().trailList()).hasSize(1);
            assertThat(delayed).noneMatch(CompletableFuture::isDone);
            assertThat(delayed).allSatisfy(call -> assertThat(call.join()).isEqualTo(1));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aResetConnectionIsAnIoErrorForTheClient(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().connection(ConnectionFault.RESET);

        SdkClientException failure = catchThrowableOfType(SdkClientException.class,
                () -> client.getTrail(r -> r.name("audit")));

        assertThat(failure).hasRootCauseInstanceOf(SocketException.class).hasRootCauseMessage("Connection reset");
        assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
        RecordedCall broken = mock.calls().all().get(0);
        assertThat(broken.status()).isZero();
        assertThat(broken.fault()).contains(Fault.connection(ConnectionFault.RESET));
    }

    @Test
    void anEmptyResponseIsNoAnswerForTheClient(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().connection(ConnectionFault.EMPTY_RESPONSE);

        SdkClientException failure = catchThrowableOfType(SdkClientException.class,
                () -> client.getTrail(r -> r.name("audit")));

        assertThat(failure).hasRootCauseInstanceOf(NoHttpResponseException.class);
        assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
    }

    @Test
    void malformedJsonCannotBeReadByTheClient(CloudTrailClient client, CloudTrailMock mock) {
        mock.faults().on(Operation.GET_TRAIL).once().connection(ConnectionFault.MALFORMED_JSON);

        SdkClientException failure = catchThrowableOfType(SdkClientException.class,
                () -> client.getTrail(r -> r.name("audit")));

        assertThat(failure).hasMessageContaining("Unable to unmarshall response");
        assertThat(mock.calls().all().get(0).status()).isEqualTo(200);
        assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
    }
}
