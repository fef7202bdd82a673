package io.github.mockcloudtrail.engine.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events of one category in one account and Region: immutable segments plus a small tail of
 * recent events.
 *
 * <p>Single events (recorded calls, annotation seeds) go to the tail; bulk seeds become segments of
 * their own. A full tail, or a snapshot, turns the tail into a segment. Segments of similar size are
 * merged, dropping evicted events, so a history holds few segments and a capped history stays bounded
 * in memory. Not thread-safe: {@link EventHistory} guards it.
 */
final class EventLog {
    /** Events the tail holds before it becomes a segment; a lookup sorts at most this many. */
    static final int TAIL_LIMIT = 4096;

    private List<Segment> segments;
    private final List<StoredEvent> tail = new ArrayList<>();
    private final Set<String> tailIds = new HashSet<>();
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

    void append(StoredEvent event, Predicate<StoredEvent> keep) {
        tail.add(event);
        tailIds.add(event.eventId);
        tailView = null;
        if (tail.size() >= TAIL_LIMIT) {
            freeze(keep);
        }
    }

    void addSegment(Segment segment, Predicate<StoredEvent> keep) {
        List<Segment> grown = new ArrayList<>(segments);
        grown.add(segment);
        segments = compacted(grown, keep);
    }

    boolean containsEventId(String eventId) {
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
    List<Segment> freeze(Predicate<StoredEvent> keep) {
        if (!tail.isEmpty()) {
            Segment frozen = tailSegment();
            tail.clear();
            tailIds.clear();
            tailView = null;
            addSegment(frozen, keep);
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
     * Merges the newest segment into its predecessor while that one is at most twice its size, like a
     * binary counter: every event is merged O(log n) times, and there are O(log n) segments.
     */
    private static List<Segment> compacted(List<Segment> segments, Predicate<StoredEvent> keep) {
        while (segments.size() >= 2) {
            Segment last = segments.get(segments.size() - 1);
            Segment previous = segments.get(segments.size() - 2);
            if (previous.size() > 2 * last.size()) {
                break;
            }
            segments.remove(segments.size() - 1);
            segments.set(segments.size() - 1, Segment.merge(previous, last, keep));
        }
        segments.removeIf(segment -> segment.size() == 0);
        return List.copyOf(segments);
    }
}
