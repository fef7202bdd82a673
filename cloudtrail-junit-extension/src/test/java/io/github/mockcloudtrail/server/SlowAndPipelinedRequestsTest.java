package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.server.Answers.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Pipelined requests, and requests that arrive slowly or never finish. Requests on one connection are answered
 * in order; a request trickled byte by byte does not hold up other clients; a request abandoned half way is
 * dropped in bounded time ({@link RequestDeadlines}): its headers by Undertow, which closes the connection
 * without an answer (there is no request yet to answer), its body with a 408 {@code RequestTimeoutException}.
 *
 * <p>The deadline tests run against a server with deadlines of a few hundred milliseconds; the waits in this
 * class are hang limits ({@link RawConnection#HANG_LIMIT}), never timing assertions.
 */
class SlowAndPipelinedRequestsTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration BYTE_PAUSE = Duration.ofMillis(1);
    @RegisterExtension
    static final SeededServer patient = new SeededServer();
    @RegisterExtension
    static final SeededServer strict = new SeededServer(new RequestDeadlines(SHORT, SHORT));

    @AfterEach
    void nothingChangedAndBothServersServe() {
        patient.assertIntactAndServing();
        strict.assertIntactAndServing();
    }

    @Test
    void answersPipelinedRequestsInOrderWhateverEachOneIs() {
        List<byte[]> requests = List.of(
                RawRequest.call("DescribeTrails", "{}").bytes(),
                RawRequest.call("GetTrail", "{\"Name\":\"nope\"}").bytes(),
                RawRequest.call("GetTrail", "{\"Name\":").bytes(),
                RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").requestLine("PUT / HTTP/1.1").bytes(),
                RawRequest.call("ListTrails", "{}").chunked().bytes(),
                RawRequest.call("GetTrailStatus", "{\"Name\":\"audit\"}").bytes());

        try (RawConnection connection = patient.connect()) {
            connection.send(concat(requests));

            assertThat(connection.read().json().get("trailList")).hasSize(2);
            assertError(connection.read(), 400, "TrailNotFoundException", "nope");
            assertError(connection.read(), 400, "SerializationException", "not valid JSON");
            assertError(connection.read(), 405, "UnknownOperationException", "Method PUT is not allowed");
            assertThat(connection.read().json().get("Trails")).hasSize(2);
            assertThat(connection.read().json().get("IsLogging").booleanValue()).isTrue();
        }
    }

    @Test
    void answersAHundredPipelinedRequests() {
        byte[] one = RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").bytes();
        List<byte[]> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(one);
        }

        try (RawConnection connection = patient.connect()) {
            connection.send(concat(hundred));
            for (int i = 0; i < 100; i++) {
                assertThat(connection.read().json().at("/Trail/Name").textValue()).isEqualTo("audit");
            }
        }
    }

    /**
     * A request whose answer closes the connection (here a refused Transfer-Encoding) ends the pipeline: the
     * answer says {@code Connection: close}, and the requests after it are not answered, as HTTP/1.1 has it.
     */
    @Test
    void endsThePipelineAtAnAnswerThatClosesTheConnection() {
        try (RawConnection connection = patient.connect()) {
            connection.send(concat(List.of(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").bytes(),
                    RawRequest.call("GetTrail", "{}").header("Transfer-Encoding", "gzip").bytes(),
                    RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").bytes())));

            assertThat(connection.read().status()).isEqualTo(200);
            RawResponse refused = connection.read();
            assertError(refused, 400, "SerializationException", "Transfer-Encoding gzip is not supported");
            assertThat(refused.closesConnection()).isTrue();
            assertThat(connection.readUntilClosed()).isEmpty();
        }
    }

    /**
     * While one client trickles a request byte by byte, and holds back its last byte until the others are done,
     * other clients are served: the trickling client holds no thread. Then its request is answered too.
     */
    @Test
    void aRequestTrickledByteByByteDoesNotHoldUpOtherClients() throws Exception {
        byte[] request = RawRequest.call("CreateTrail", "{\"Name\":\"slow\",\"S3BucketName\":\"slow-logs\"}").bytes();
        byte[] allButLast = Arrays.copyOf(request, request.length - 1);
        CountDownLatch othersServed = new CountDownLatch(1);

        try (RawConnection slow = patient.connect()) {
            CompletableFuture<RawResponse> slowAnswer = CompletableFuture.supplyAsync(() -> {
                slow.trickle(allButLast, BYTE_PAUSE);
                await(othersServed);
                slow.send(new byte[] {request[request.length - 1]});
                return slow.read();
            });
            for (int i = 0; i < 20; i++) {
                assertThat(patient.client().describeTrails().trailList()).extracting(Trail::name).contains("audit");
            }
            assertThat(slowAnswer).as("the slow request is still unfinished").isNotDone();
            othersServed.countDown();

            assertThat(slowAnswer.get(RawConnection.HANG_LIMIT.toSeconds(), TimeUnit.SECONDS).json().get("Name")
                    .textValue()).isEqualTo("slow");
        }
        patient.restoreBaseline();
    }

    @Test
    void aBodyTrickledByteByByteIsServedAndHoldsUpNoOne() throws Exception {
        RawRequest request = RawRequest.call("GetTrail", "{\"Name\":\"audit\", \"NoSuchMember\": 0}");
        byte[] body = request.framedBody();

        try (RawConnection slow = patient.connect()) {
            slow.send(request.head());
            CompletableFuture<RawResponse> slowAnswer = CompletableFuture.supplyAsync(() -> {
                slow.trickle(body, BYTE_PAUSE);
                return slow.read();
            });
            assertThat(patient.client().getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");

            assertError(slowAnswer.get(RawConnection.HANG_LIMIT.toSeconds(), TimeUnit.SECONDS), 400,
                    "SerializationException", "Unknown member 'NoSuchMember'");
        }
    }

    @Test
    void dropsARequestAbandonedInItsHeaders() {
        byte[] request = RawRequest.call("DescribeTrails", "{}").bytes();

        try (RawConnection abandoned = strict.connect()) {
            abandoned.send(Arrays.copyOf(request, request.length / 2));
            assertThat(strict.client().describeTrails().trailList()).hasSize(2);

            assertThat(abandoned.readUntilClosed()).as("what the server sent before closing").isEmpty();
        }
    }

    @Test
    void answersARequestAbandonedInItsBodyWithA408AndClosesTheConnection() {
        RawRequest request = RawRequest.call("GetTrail", "{\"Name\":\"audit\"}");

        try (RawConnection abandoned = strict.connect()) {
            abandoned.send(request.head());
            abandoned.send(Arrays.copyOf(request.framedBody(), 5));
            assertThat(strict.client().describeTrails().trailList()).hasSize(2);

            RawResponse answer = abandoned.read();
            assertError(answer, 408, "RequestTimeoutException", "The request body did not arrive within 300 ms");
            assertThat(answer.closesConnection()).isTrue();
            assertThat(abandoned.readUntilClosed()).isEmpty();
        }
    }

    /** A slowloris client trickles a header that never ends: the connection is closed at the headers deadline. */
    @Test
    void closesAConnectionWhoseHeadersNeverEnd() throws Exception {
        try (RawConnection slowloris = strict.connect()) {
            byte[] head = RawRequest.call("DescribeTrails", "{}").head();
            slowloris.send(Arrays.copyOf(head, head.length - 2));
            slowloris.send("X-Endless: ".getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> trickler = CompletableFuture.runAsync(() -> {
                byte[] forever = "a".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
                try {
                    slowloris.trickle(forever, Duration.ofMillis(2));
                } catch (RuntimeException closedUnderIt) {
                    // The server closed the connection: the trickle ends.
                }
            });

            assertThat(slowloris.readUntilClosed()).isEmpty();
            trickler.cancel(true);
        }
    }

    /** A body that never ends (an endless chunked stream trickled in) is cut off at the body deadline. */
    @Test
    void cutsOffABodyThatNeverEnds() {
        try (RawConnection endless = strict.connect()) {
            endless.send(RawRequest.call("GetTrail", "").header("Transfer-Encoding", "chunked").head());
            CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 100_000; i++) {
                        endless.trickle("1\r\na\r\n".getBytes(StandardCharsets.US_ASCII), Duration.ofMillis(1));
                    }
                } catch (RuntimeException closedUnderIt) {
                    // The server closed the connection: the trickle ends.
                }
            });

            byte[] received = endless.readUntilClosed();
            assertThat(new String(received, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 408 ")
                    .contains("RequestTimeoutException");
        }
    }

    /** Many connections abandoned half way at once: the others are served meanwhile, and all are dropped. */
    @Test
    void dropsManyAbandonedConnectionsWhileServingOthers() {
        byte[] request = RawRequest.call("DescribeTrails", "{}").bytes();
        List<RawConnection> abandoned = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                RawConnection connection = strict.connect();
                abandoned.add(connection);
                connection.send(Arrays.copyOf(request, i % 2 == 0 ? 40 : request.length - 1));
            }
            for (int i = 0; i < 20; i++) {
                assertThat(strict.client().describeTrails().trailList()).hasSize(2);
            }

            for (RawConnection connection : abandoned) {
                byte[] received = connection.readUntilClosed();
                assertThat(received.length == 0 || new String(received, StandardCharsets.ISO_8859_1)
                        .startsWith("HTTP/1.1 408 ")).as("an abandoned connection is closed, at most with a 408").isTrue();
            }
        } finally {
            abandoned.forEach(RawConnection::close);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(RawConnection.HANG_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parts.forEach(bytes::writeBytes);
        return bytes.toByteArray();
    }
}
