package io.github.mockcloudtrail;

import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Checks call counts against a journal and explains a mismatch: the expected and actual counts (as the
 * assertion's expected and actual values, so IDEs show a diff) and every call received. It is what
 * {@link CloudTrailMock#verify} does.
 *
 * <pre>{@code
 * CallVerifier.verify(mock.calls(), Operation.START_LOGGING, CallCount.once());
 * }</pre>
 */
final class CallVerifier {
    private CallVerifier() {
    }

    /** @throws AssertionFailedError if the journal does not prove the count */
    static void verify(RecordedCalls calls, Operation operation, CallCount count) {
        List<RecordedCall> all = calls.all();
        List<RecordedCall> matching = all.stream()
                .filter(call -> call.operationName().equals(operation.wireName()))
                .toList();
        String expected = count + " of " + operation.wireName();
        if (calls.limit() == 0) {
            throw new AssertionFailedError("Cannot verify " + expected + ": the call journal is off (journalLimit = 0).");
        }
        boolean incomplete = calls.dropped() > 0;
        if (count.matches(matching.size()) && !(incomplete && count.isBounded())) {
            return;
        }
        String actual = CallCount.calls(matching.size()) + " of " + operation.wireName() + lines(matching);
        StringBuilder message = new StringBuilder("Expected ").append(expected).append(", but the mock received ")
                .append(matching.size()).append('.');
        if (incomplete) {
            message.append("\nThe journal dropped its ").append(calls.dropped()).append(" oldest calls (journalLimit = ")
                    .append(calls.limit()).append("), so it cannot prove an upper bound: raise journalLimit.");
        }
        message.append(all.isEmpty() ? "\nThe mock received no calls." : "\nAll calls received:" + lines(all));
        throw new AssertionFailedError(message.toString(), expected, actual);
    }

    private static String lines(List<RecordedCall> calls) {
        return calls.stream().map(call -> "\n  " + call).collect(Collectors.joining());
    }
}
