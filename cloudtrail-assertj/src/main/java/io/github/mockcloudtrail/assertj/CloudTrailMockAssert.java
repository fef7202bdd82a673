package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveReceivedCalls.shouldHaveReceivedOnly;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.RecordedCalls;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Assertions on the mock through its handle: the same live view as a client's
 * ({@link CloudTrailClientAssert}), through a client built with {@link CloudTrailMock#clientBuilder()} for
 * each call and closed after it, so it sees exactly what the injected client sees.
 *
 * <pre><code class='java'> &#64;Test
 * void stopsLogging(CloudTrailMock mock) {
 *     new AuditService(mock.endpoint(), mock.region()).pause("org-audit");
 *
 *     assertThat(mock).trail("org-audit").isNotLogging();
 * }</code></pre>
 *
 * <h2>Recorded calls</h2>
 * The handle also keeps a journal of the calls the mock received ({@link CloudTrailMock#calls()}), which
 * {@link #received(Operation)} and {@link #receivedOnly(Operation, Operation...)} check:
 *
 * <pre><code class='java'> assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("org-audit").once()
 *     .returnToMock()
 *     .received(Operation.DELETE_TRAIL).never()
 *     .returnToMock()
 *     .receivedOnly(Operation.GET_TRAIL_STATUS, Operation.STOP_LOGGING);</code></pre>
 *
 * The live assertions above ({@code trail(...)}, {@code hasTrail}, {@code eventHistory()}, ...) call the
 * mock too, and those calls land in the journal like any other: check the calls before them.
 */
public class CloudTrailMockAssert extends AbstractCloudTrailServiceAssert<CloudTrailMockAssert, CloudTrailMock> {

    public CloudTrailMockAssert(CloudTrailMock actual) {
        super(actual, CloudTrailMockAssert.class, CloudTrailAccess::through);
    }

    /**
     * Leads to the calls of one operation in the mock's journal, to count them ({@code once()},
     * {@code times(n)}, {@code never()}, {@code atLeast(n)}, {@code atMost(n)}) after narrowing them by trail,
     * access key, Region or outcome; {@link RecordedCallsAssert#returnToMock()} leads back.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("org-audit").once();
     * assertThat(mock).received(Operation.START_LOGGING).never();</code></pre>
     *
     * @param operation the operation
     * @return assertions on the calls of the operation
     * @throws AssertionError if the handle is null
     */
    public RecordedCallsAssert received(Operation operation) {
        return navigate(RecordedCallsAssert.class, RecordedCalls.class, CloudTrailMock::calls, RecordedCallsAssert::new,
                calls -> {
                    calls.counts = call -> call.operationName().equals(operation.wireName());
                    calls.calls = "of " + operation.wireName();
                });
    }

    /**
     * Verifies that every call in the mock's journal is of one of these operations, whatever its outcome.
     *
     * <pre><code class='java'> new AuditTrailBaseline(cloudTrail, policy).enforce();
     *
     * assertThat(mock).receivedOnly(Operation.DESCRIBE_TRAILS, Operation.GET_TRAIL_STATUS);</code></pre>
     *
     * @param operation an operation the mock may have received
     * @param more the other operations it may have received
     * @return this assertion object
     * @throws AssertionError if the handle is null
     * @throws AssertionError if the journal holds a call of another operation, or of one the mock does not know
     * @throws AssertionError if the journal dropped calls, or is off
     */
    public CloudTrailMockAssert receivedOnly(Operation operation, Operation... more) {
        List<Operation> expected = Stream.concat(Stream.of(operation), Stream.of(more)).toList();
        Predicate<RecordedCall> other = call -> call.operation().filter(expected::contains).isEmpty();
        return check(mock -> {
            RecordedCalls journal = mock.calls();
            List<RecordedCall> received = journal.all();
            if (journal.limit() == 0 || journal.dropped() > 0 || received.stream().anyMatch(other)) {
                throw assertionError(shouldHaveReceivedOnly(expected, received, other, journal));
            }
        });
    }
}
