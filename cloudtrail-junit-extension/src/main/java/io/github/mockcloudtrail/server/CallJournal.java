package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.RecordedCalls;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session's journal: the last {@link #limit()} calls it received, with a count of the ones it had to
 * drop. Thread-safe.
 *
 * <pre>{@code
 * CallJournal journal = new CallJournal(1_000);
 * journal.of(Operation.START_LOGGING);
 * }</pre>
 */
public final class CallJournal implements RecordedCalls {
    private final int limit;
    private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private long dropped;

    /**
     * An empty journal.
     *
     * @param limit the most calls kept; 0 keeps none
     */
    public CallJournal(int limit) {
        this.limit = limit;
    }

    /** The sequence number of the next call to arrive; numbers keep growing across resets. */
    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** {@return the sequence number of the last call that arrived, or 0} */
    public long lastSequence() {
        return sequence.get();
    }

    synchronized void record(RecordedCall call) {
        if (limit == 0) {
            dropped++;
            return;
        }
        if (calls.size() == limit) {
            calls.removeFirst();
            dropped++;
        }
        calls.addLast(call);
    }

    @Override
    public synchronized List<RecordedCall> all() {
        return calls.stream().sorted(Comparator.comparingLong(RecordedCall::sequence)).toList();
    }

    @Override
    public List<RecordedCall> of(Operation operation) {
        return all().stream().filter(call -> call.operationName().equals(operation.wireName())).toList();
    }

    /**
     * The calls kept that arrived after the given sequence number.
     *
     * @param sequenceNumber a number from {@link #lastSequence()}
     * @return the calls, oldest first
     */
    public List<RecordedCall> since(long sequenceNumber) {
        return all().stream().filter(call -> call.sequence() > sequenceNumber).toList();
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public synchronized void reset() {
        calls.clear();
        dropped = 0;
    }

    @Override
    public String toString() {
        List<RecordedCall> kept = all();
        return "RecordedCalls[" + kept.size() + " kept, " + dropped() + " dropped, limit " + limit + "]";
    }
}
