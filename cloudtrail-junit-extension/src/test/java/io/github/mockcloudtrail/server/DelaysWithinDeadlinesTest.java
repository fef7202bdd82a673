package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.server.Answers.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A planned delay is the server's own choice: on a server whose request deadlines ({@link RequestDeadlines}) are
 * much shorter than the delay, a delayed call is still answered in full, on a connection that stays open, and
 * requests pipelined behind it are answered after it. The deadlines bound only how long the client takes to
 * send; they stop counting once the request has arrived.
 *
 * <p>The delays are longer than the deadlines so that a deadline that kept counting would fire first; nothing
 * here measures time.
 */
class DelaysWithinDeadlinesTest {
    private static final Duration SHORT = Duration.ofMillis(200);
    private static final Duration LONGER = Duration.ofMillis(700);
    @RegisterExtension
    static final SeededServer server = new SeededServer(new RequestDeadlines(SHORT, SHORT));

    @AfterEach
    void nothingChangedAndTheServerServes() {
        server.faults().clear();
        server.assertIntactAndServing();
    }

    @Test
    void answersADelayedCallInFullAndKeepsTheConnection() {
        server.faults().on(Operation.GET_TRAIL).once().delay(LONGER);

        try (RawConnection connection = server.connect()) {
            RawResponse delayed = connection.exchange(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").bytes());
            assertThat(delayed.status()).as("%s", delayed).isEqualTo(200);
            assertThat(delayed.json().at("/Trail/TrailARN").textValue()).isEqualTo(SeededServer.AUDIT_ARN);
            assertThat(delayed.closesConnection()).isFalse();

            assertThat(connection.exchange(RawRequest.call("GetTrail", "{\"Name\":\"second\"}").bytes()).status())
                    .isEqualTo(200);
        }
        List<RecordedCall> delayedCalls = server.journal().of(Operation.GET_TRAIL).stream()
                .filter(call -> call.fault().isPresent()).toList();
        assertThat(delayedCalls).last().satisfies(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.fault()).contains(Fault.delay(LONGER));
        });
    }

    @Test
    void answersADelayedCallWhoseBodyCameInPieces() throws Exception {
        server.faults().on(Operation.GET_TRAIL_STATUS).once().delay(LONGER);
        RawRequest request = RawRequest.call("GetTrailStatus", "{\"Name\":\"audit\"}");
        byte[] body = request.framedBody();

        try (RawConnection connection = server.connect()) {
            connection.send(request.head());
            connection.trickle(body, Duration.ofMillis(5));
            RawResponse delayed = connection.read();

            assertThat(delayed.status()).as("%s", delayed).isEqualTo(200);
            assertThat(delayed.json().get("IsLogging").booleanValue()).isTrue();
        }
    }

    @Test
    void answersRequestsPipelinedBehindADelayedOne() {
        server.faults().on(Operation.DESCRIBE_TRAILS).once().delay(LONGER);
        ByteArrayOutputStream pipeline = new ByteArrayOutputStream();
        pipeline.writeBytes(RawRequest.call("DescribeTrails", "{}").bytes());
        pipeline.writeBytes(RawRequest.call("GetTrail", "{\"Name\":\"nope\"}").bytes());
        pipeline.writeBytes(RawRequest.call("ListTrails", "{}").bytes());

        try (RawConnection connection = server.connect()) {
            connection.send(pipeline.toByteArray());

            assertThat(connection.read().json().get("trailList")).hasSize(2);
            assertError(connection.read(), 400, "TrailNotFoundException", "nope");
            assertThat(connection.read().json().get("Trails")).hasSize(2);
        }
    }

    @Test
    void answersAnInjectedErrorAfterADelayedCallOnTheSameConnection() {
        server.faults().on(Operation.LIST_TRAILS).once().delay(LONGER);
        server.faults().on(Operation.LIST_TRAILS).once().respond(AwsError.throttling());

        try (RawConnection connection = server.connect()) {
            assertThat(connection.exchange(RawRequest.call("ListTrails", "{}").bytes()).status()).isEqualTo(200);
            assertError(connection.exchange(RawRequest.call("ListTrails", "{}").bytes()), 400, "ThrottlingException",
                    "Rate exceeded");
        }
    }
}
