package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.server.Answers.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The journal records a call the server itself refuses, as it records any error answer: a body too large (413),
 * too slow (408), badly framed or not UTF-8 (400), each with the operation its target names, its status and its
 * error code. A call whose client sends the short {@code X-Amz-Target} is recorded under the same operation as
 * one with the full target, so journal queries find both. A request abandoned in its headers names no session
 * and is recorded nowhere.
 */
class RefusedRequestsJournalTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    @RegisterExtension
    static final SeededServer server = new SeededServer(new RequestDeadlines(SHORT, SHORT));
    private long before;

    @BeforeEach
    void markTheJournal() {
        before = server.journal().lastSequence();
    }

    @AfterEach
    void nothingChangedAndTheServerServes() {
        server.assertIntactAndServing();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void recordsABodyOverTheLimitAsA413(boolean chunked) throws Exception {
        RawRequest request = RawRequest.call("GetTrail", "{\"Name\":\"" + "a".repeat(2 << 20) + "\"}");
        byte[] bytes = (chunked ? request.chunked() : request).bytes();

        try (RawConnection connection = server.connect()) {
            Thread writer = new Thread(() -> connection.send(bytes));
            writer.start();
            assertError(connection.read(), 413, "RequestEntityTooLargeException", "larger than 1048576 bytes");
            writer.join();
        }

        RecordedCall call = onlyCallSince(before);
        assertRecorded(call, Operation.GET_TRAIL, 413, "RequestEntityTooLargeException");
        assertThat(call.body()).as("a body over the limit is not kept").isEmpty();
    }

    @Test
    void recordsABodyThatMissedItsDeadlineAsA408() {
        RawRequest request = RawRequest.call("GetTrail", "{\"Name\":\"audit\"}");

        try (RawConnection abandoned = server.connect()) {
            abandoned.send(request.head());
            abandoned.send(Arrays.copyOf(request.framedBody(), 5));
            assertError(abandoned.read(), 408, "RequestTimeoutException", "did not arrive within 300 ms");
        }

        assertRecorded(onlyCallSince(before), Operation.GET_TRAIL, 408, "RequestTimeoutException");
    }

    @Test
    void recordsRefusedFramingAsA400() {
        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", "{}").header("Transfer-Encoding", "gzip")
                    .bytes()), 400, "SerializationException", "Transfer-Encoding gzip is not supported");
        }
        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("ListTrails", "{}")
                    .header("Content-Length", "9".repeat(25)).bytes()), 400, "SerializationException",
                    "is not a number of bytes the mock can read");
        }

        List<RecordedCall> calls = server.journal().since(before);
        assertThat(calls).hasSize(2);
        assertRecorded(calls.get(0), Operation.GET_TRAIL, 400, "SerializationException");
        assertRecorded(calls.get(1), Operation.LIST_TRAILS, 400, "SerializationException");
    }

    @Test
    void recordsABodyThatIsNotUtf8AsA400WithItsBytesReadLeniently() {
        byte[] latin1 = "{\"Name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", latin1).bytes()), 400,
                    "SerializationException", "not UTF-8");
        }

        RecordedCall call = onlyCallSince(before);
        assertRecorded(call, Operation.GET_TRAIL, 400, "SerializationException");
        assertThat(call.body()).isEqualTo("{\"Name\":\"caf\uFFFD\"}");
        assertThat(call.request()).isEmpty();
    }

    @Test
    void recordsACallWithTheShortTargetUnderItsOperation() {
        try (RawConnection connection = server.connect()) {
            RawResponse answer = connection.exchange(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}")
                    .header("X-Amz-Target", "CloudTrail_20131101.GetTrail").bytes());
            assertThat(answer.json().at("/Trail/TrailARN").textValue()).isEqualTo(SeededServer.AUDIT_ARN);
        }

        RecordedCall call = onlyCallSince(before);
        assertRecorded(call, Operation.GET_TRAIL, 200, null);
        assertThat(server.journal().of(Operation.GET_TRAIL)).contains(call);
    }

    @Test
    void recordsNothingOfARequestAbandonedInItsHeaders() {
        byte[] request = RawRequest.call("DescribeTrails", "{}").bytes();

        try (RawConnection abandoned = server.connect()) {
            abandoned.send(Arrays.copyOf(request, request.length / 2));
            assertThat(abandoned.readUntilClosed()).isEmpty();
        }

        assertThat(server.journal().since(before)).isEmpty();
    }

    private static RecordedCall onlyCallSince(long sequence) {
        List<RecordedCall> calls = server.journal().since(sequence);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private static void assertRecorded(RecordedCall call, Operation operation, int status, String errorCode) {
        assertThat(call.operation()).as("operation of %s", call).contains(operation);
        assertThat(call.status()).as("status of %s", call).isEqualTo(status);
        if (errorCode == null) {
            assertThat(call.error()).as("error of %s", call).isEmpty();
        } else {
            assertThat(call.error()).as("error of %s", call).contains(errorCode);
        }
        assertThat(call.accountId()).isEqualTo("123456789012");
        assertThat(call.region()).isEqualTo("us-east-1");
    }
}
