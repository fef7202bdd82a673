package io.github.mockcloudtrail.engine.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The history of one account in one Region: a log per category, and the count of events that count
 * against the cap. Events are evicted oldest first: once more than {@code cap} counted events have
 * arrived, the earliest ones are no longer visible, and merges drop them from memory.
 */
final class RegionHistory {
    private final Map<EventCategory, EventLog> logs = new EnumMap<>(EventCategory.class);
    private final int cap;
    private long countedTotal;

    RegionHistory(int cap) {
        this.cap = cap;
    }

    private RegionHistory(Frozen frozen) {
        this.cap = frozen.cap;
        this.countedTotal = frozen.countedTotal;
        frozen.segments.forEach((category, segments) -> logs.put(category, EventLog.of(segments)));
    }

    /** The next place among counted events. */
    long nextCapSeq() {
        return countedTotal++;
    }

    /** Which events are still visible now. */
    private Eviction eviction() {
        return new Eviction(countedTotal - cap);
    }

    EventLog log(EventCategory category) {
        return logs.computeIfAbsent(category, c -> new EventLog());
    }

    boolean containsEventId(EventCategory category, String eventId) {
        EventLog log = logs.get(category);
        return log != null && log.containsEventId(eventId);
    }

    void append(EventCategory category, StoredEvent event) {
        log(category).append(event, eviction());
    }

    void addSegment(EventCategory category, Segment segment) {
        log(category).addSegment(segment, eviction());
    }

    /**
     * Up to {@code limit} visible events of the query, newest first, starting after its cursor and
     * leaving out events that arrived after its watermark.
     */
    List<StoredEvent> page(HistoryQuery query, int limit) {
        EventLog log = logs.get(query.category());
        List<StoredEvent> page = new ArrayList<>();
        if (log == null) {
            return page;
        }
        Eviction eviction = eviction();
        List<Segment.Cursor> cursors = new ArrayList<>();
        for (Segment segment : log.readable()) {
            cursors.add(segment.newestFirst(query.key(), query.value(), query.maxTime(), query.maxSeq(), query.minTime()));
        }
        while (page.size() < limit) {
            Segment.Cursor newest = null;
            StoredEvent newestEvent = null;
            for (Segment.Cursor cursor : cursors) {
                StoredEvent candidate = cursor.current();
                if (candidate != null && (newestEvent == null || candidate.isAfter(newestEvent.time, newestEvent.seq))) {
                    newest = cursor;
                    newestEvent = candidate;
                }
            }
            if (newest == null) {
                break;
            }
            newest.advance();
            if (newestEvent.seq <= query.watermark() && eviction.test(newestEvent)) {
                page.add(newestEvent);
            }
        }
        return page;
    }

    /** The number of visible events of a category. */
    long size(EventCategory category) {
        EventLog log = logs.get(category);
        if (log == null) {
            return 0;
        }
        Eviction eviction = eviction();
        long size = 0;
        for (Segment segment : log.readable()) {
            Segment.Cursor cursor = segment.newestFirst(null, null, Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE);
            for (StoredEvent event = cursor.current(); event != null; cursor.advance(), event = cursor.current()) {
                if (eviction.test(event)) {
                    size++;
                }
            }
        }
        return size;
    }

    Frozen freeze() {
        Map<EventCategory, List<Segment>> segments = new EnumMap<>(EventCategory.class);
        logs.forEach((category, log) -> segments.put(category, log.freeze(eviction())));
        return new Frozen(segments, countedTotal, cap);
    }

    /** An immutable copy of a region's history: shared segments and the counter. */
    record Frozen(Map<EventCategory, List<Segment>> segments, long countedTotal, int cap) {
        RegionHistory thaw() {
            return new RegionHistory(this);
        }
    }
}
