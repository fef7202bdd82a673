package io.github.mockcloudtrail.engine.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events of one category in one account and Region: immutable segments plus a small tail of
 * recent events.
 *
 * <p>Single events (recorded calls, annotation seeds) go to the tail; bulk seeds become segments of
 * their own. A full tail, or a snapshot, turns the tail into a segment. Segments of similar size are
 * merged, dropping evicted events, so a history holds few segments. Merges stop at {@link #MERGE_LIMIT}
 * events, so a history at its cap does not rewrite its large segments every time a few thousand calls
 * arrive; a segment whose events are all evicted is dropped whole, so a capped history stays bounded in memory
 * (the cap plus at most a merge limit and a tail of evicted events). Not thread-safe: {@link EventHistory}
 * guards it.
 */
final class EventLog {
    /** Events the tail holds before it becomes a segment; a lookup sorts at most this many. */
    static final int TAIL_LIMIT = 4096;
    /** The most events a merge makes; larger segments (bulk seeds, long histories) stay as they are. */
    static final int MERGE_LIMIT = 4 * TAIL_LIMIT;

    private List<Segment> segments;
    private final List<StoredEvent> tail = new ArrayList<>();
    /** The tail's event IDs, built when first asked for: recorded calls, with fresh random IDs, never ask. */
    private Set<String> tailIds;
    private Segment tailView;

    EventLog() {
        this(List.of());
    }

    private EventLog(List<Segment> segments) {
        this.segments = segments;
    }

    /** A log holding exactly the given (frozen) segments. */
    static EventLog of(List<Segment> segments) {
        return new EventLog(segments);
    }

    void append(StoredEvent event, Eviction eviction) {
        tail.add(event);
        if (tailIds != null) {
            tailIds.add(event.eventId);
        }
        tailView = null;
        if (tail.size() >= TAIL_LIMIT) {
            freeze(eviction);
        }
    }

    void addSegment(Segment segment, Eviction eviction) {
        List<Segment> grown = new ArrayList<>(segments);
        grown.add(segment);
        segments = compacted(grown, eviction);
    }

    boolean containsEventId(String eventId) {
        if (tailIds == null) {
            tailIds = new HashSet<>();
            tail.forEach(event -> tailIds.add(event.eventId));
        }
        if (tailIds.contains(eventId)) {
            return true;
        }
        for (Segment segment : segments) {
            if (segment.containsEventId(eventId)) {
                return true;
            }
        }
        return false;
    }

    /** Turns the tail into a segment and returns every segment; the result never changes. */
    List<Segment> freeze(Eviction eviction) {
        if (!tail.isEmpty()) {
            Segment frozen = tailSegment();
            tail.clear();
            tailIds = null;
            tailView = null;
            addSegment(frozen, eviction);
        }
        return segments;
    }

    /** The segments to read, the tail included as a segment of its own. */
    List<Segment> readable() {
        if (tail.isEmpty()) {
            return segments;
        }
        List<Segment> all = new ArrayList<>(segments);
        all.add(tailSegment());
        return all;
    }

    private Segment tailSegment() {
        if (tailView == null) {
            tailView = Segment.of(tail);
        }
        return tailView;
    }

    /**
     * Drops segments whose events are all evicted, then merges the newest segment into its predecessor while that
     * one is at most twice its size and the result within the merge limit, like a binary counter: every event
     * is merged at most log2(MERGE_LIMIT / TAIL_LIMIT) times, and there are O(log n) segments below the limit.
     */
    private static List<Segment> compacted(List<Segment> segments, Eviction eviction) {
        segments.removeIf(eviction::rejectsAll);
        while (segments.size() >= 2) {
            Segment last = segments.get(segments.size() - 1);
            Segment previous = segments.get(segments.size() - 2);
            if (previous.size() > 2 * last.size() || previous.size() + last.size() > MERGE_LIMIT) {
                break;
            }
            segments.remove(segments.size() - 1);
            segments.set(segments.size() - 1, Segment.merge(previous, last, eviction));
        }
        segments.removeIf(eviction::rejectsAll);
        return List.copyOf(segments);
    }
}
