package io.github.mockcloudtrail.server;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What the threads of a stress run record, safely from all of them at once: the problems they saw (an
 * unexpected error, a 5xx, an answer that fits no serial order), how often each call succeeded or failed with
 * which code, the successful creates and deletes of each contested trail name, and every value written, with
 * when its write began, so a read can be checked against the writes that could have produced it.
 *
 * <pre>{@code
 * ledger.attempt("AddTags", Set.of("TagsLimitExceededException"), () -> client.addTags(...));
 * assertThat(ledger.problems()).isEmpty();
 * }</pre>
 */
final class StressLedger {
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deleted = new ConcurrentHashMap<>();
    private final Map<String, Long> writesBegun = new ConcurrentHashMap<>();

    /**
     * Makes a call, counting its outcome; an error other than the allowed ones (or any 5xx, or a failure of the
     * client) is a problem.
     *
     * @return the error code, or null when the call succeeded
     */
    String attempt(String call, Set<String> allowedErrors, Runnable request) {
        try {
            request.run();
            count(call + " ok");
            return null;
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails().errorCode();
            count(call + " " + code);
            if (e.statusCode() >= 500 || !allowedErrors.contains(code)) {
                problem(call + " answered " + e.statusCode() + " " + code + ": " + e.awsErrorDetails().errorMessage());
            }
            return code;
        } catch (RuntimeException e) {
            count(call + " failed");
            problem(call + " failed in the client: " + e);
            return e.getClass().getSimpleName();
        }
    }

    void problem(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
    }

    int outcomes(String outcome) {
        AtomicInteger count = outcomes.get(outcome);
        return count == null ? 0 : count.get();
    }

    Map<String, AtomicInteger> outcomes() {
        return Map.copyOf(outcomes);
    }

    void created(String name) {
        created.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
    }

    void deleted(String name) {
        deleted.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
    }

    /** Successful creates less successful deletes of a name: in any serial order they alternate, create first. */
    int createdLessDeleted(String name) {
        return count(created, name) - count(deleted, name);
    }

    private static int count(Map<String, AtomicInteger> counts, String name) {
        AtomicInteger count = counts.get(name);
        return count == null ? 0 : count.get();
    }

    /** Notes that a write of {@code value} to {@code what} (a tag key, say) begins now. */
    void writing(String what, String value) {
        writesBegun.putIfAbsent(what + "=" + value, System.nanoTime());
    }

    /** Whether some write of the value began before {@code nanos}: a read that ended then may see it. */
    boolean writtenBefore(String what, String value, long nanos) {
        Long begun = writesBegun.get(what + "=" + value);
        return begun != null && begun < nanos;
    }
}
