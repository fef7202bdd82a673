package io.github.mockcloudtrail.assertj.error;

import io.github.mockcloudtrail.CallCount;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.RecordedCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failures of the calls a mock received, as its call journal keeps them: the expectation and what the
 * journal holds, a note when the journal dropped calls and so cannot prove an upper bound, then every call
 * one a line, oldest first, numbered from 0, with those that count (or that should not be there) starred.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveReceivedCalls.shouldHaveReceived(CallCount.once(),
 *         "of StopLogging for trail \"org-audit\"", journal.all(), counts, journal));
 * // Expecting the mock to have received exactly 1 call of StopLogging for trail "org-audit", but it received 0.
 * // Calls received:
 * //   0: 2024-03-01T12:00:00Z StartLogging "org-audit" -&gt; 200 (us-east-1, 123456789012, key ASIAMOCK000000000001)</code></pre>
 */
public final class ShouldHaveReceivedCalls extends CloudTrailErrorMessageFactory {

    private ShouldHaveReceivedCalls(List<String> lines) {
        super(lines);
    }

    /**
     * @param expected how many calls should count
     * @param calls which calls count, after the word "calls", such as {@code of StopLogging in eu-west-1};
     *     empty for every call
     * @param received the calls the journal holds, oldest first
     * @param counts picks the calls that count
     * @param journal the journal, for its limit and the calls it dropped
     */
    public static ErrorMessageFactory shouldHaveReceived(CallCount expected, String calls, List<RecordedCall> received,
            Predicate<RecordedCall> counts, RecordedCalls journal) {
        String expectation = (expected.equals(CallCount.never()) ? "no calls" : expected.toString())
                + (calls.isEmpty() ? "" : " " + calls);
        long counted = received.stream().filter(counts).count();
        return new ShouldHaveReceivedCalls(message(expectation, String.valueOf(counted), expected.isBounded(),
                received, counts, "those that count", journal));
    }

    /**
     * @param expected the operations the mock may have received
     * @param received the calls the journal holds, oldest first
     * @param other picks the calls of other operations
     * @param journal the journal, for its limit and the calls it dropped
     */
    public static ErrorMessageFactory shouldHaveReceivedOnly(List<Operation> expected, List<RecordedCall> received,
            Predicate<RecordedCall> other, RecordedCalls journal) {
        String expectation = "only calls of " + expected.stream().map(Operation::wireName).collect(Collectors.joining(", "));
        String others = CallCount.calls((int) received.stream().filter(other).count()).replaceFirst(" ", " other ");
        return new ShouldHaveReceivedCalls(message(expectation, others, true, received, other, "the others", journal));
    }

    private static List<String> message(String expectation, String actual, boolean upperBound,
            List<RecordedCall> received, Predicate<RecordedCall> marked, String markedAre, RecordedCalls journal) {
        String expecting = "Expecting the mock to have received " + expectation + ", but ";
        if (journal.limit() == 0) {
            return List.of(expecting + "its call journal is off (journalLimit = 0).");
        }
        List<String> lines = new ArrayList<>();
        boolean cutShort = journal.dropped() > 0;
        lines.add(expecting + (cutShort ? "its journal holds " : "it received ") + actual + ".");
        if (cutShort) {
            String dropped = journal.dropped() == 1 ? "its oldest call" : "its " + journal.dropped() + " oldest calls";
            lines.add("The journal was cut short: it dropped " + dropped + " (journalLimit = " + journal.limit() + "), "
                    + (upperBound ? "so it cannot prove an upper bound" : "which may have counted") + ": raise journalLimit.");
        }
        if (received.isEmpty()) {
            lines.add("The mock received no calls.");
        } else {
            lines.add(received.stream().anyMatch(marked) ? "Calls received (* marks " + markedAre + "):" : "Calls received:");
            lines.addAll(Texts.calls(received, marked));
        }
        return lines;
    }
}
