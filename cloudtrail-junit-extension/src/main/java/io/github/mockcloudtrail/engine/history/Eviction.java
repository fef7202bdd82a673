package io.github.mockcloudtrail.engine.history;

import java.util.function.Predicate;

/**
 * Which events of a capped history are still visible: those that do not count against the cap, and the counted
 * ones from {@code firstVisibleCapSeq} on. Merges keep what it accepts; a segment it rejects entirely is dropped
 * without being read.
 *
 * <pre>{@code
 * Eviction eviction = new Eviction(countedTotal - cap);
 * if (eviction.rejectsAll(segment)) { ... }
 * }</pre>
 *
 * @param firstVisibleCapSeq the place, among counted events, of the oldest one still visible
 */
record Eviction(long firstVisibleCapSeq) implements Predicate<StoredEvent> {
    /** Keeps every event: for histories that evict nothing, and for tests. */
    static final Eviction NONE = new Eviction(Long.MIN_VALUE);

    @Override
    public boolean test(StoredEvent event) {
        return event.capSeq < 0 || event.capSeq >= firstVisibleCapSeq;
    }

    /** Whether every event of the segment has been evicted. */
    boolean rejectsAll(Segment segment) {
        return segment.size() == 0 || segment.newestCapSeq() < firstVisibleCapSeq;
    }
}
