package io.github.mockcloudtrail.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable block of events sorted by time (oldest first), with an index per lookup key from each
 * value to the positions of the events that have it. Lookups binary-search the index for their time
 * bound and read backwards, so a page costs the same at a thousand events as at a million.
 *
 * <p>Being immutable, a segment is shared by the engine, its snapshots and engines forked from them.
 */
final class Segment {
    static final Comparator<StoredEvent> HISTORY_ORDER =
            Comparator.comparingLong((StoredEvent event) -> event.time).thenComparingLong(event -> event.seq);
    static final Segment EMPTY = new Segment(new StoredEvent[0]);
    private static final int[] NO_POSITIONS = new int[0];

    private final StoredEvent[] events;
    private final Map<LookupKey, Map<String, int[]>> indexes = new EnumMap<>(LookupKey.class);

    private Segment(StoredEvent[] sortedEvents) {
        this.events = sortedEvents;
        for (LookupKey key : LookupKey.values()) {
            indexes.put(key, index(sortedEvents, key));
        }
    }

    /** A segment of the given events, in any order. */
    static Segment of(List<StoredEvent> events) {
        StoredEvent[] sorted = events.toArray(new StoredEvent[0]);
        Arrays.sort(sorted, HISTORY_ORDER);
        return new Segment(sorted);
    }

    /** One segment with the events of both that {@code keep} accepts. */
    static Segment merge(Segment first, Segment second, Predicate<StoredEvent> keep) {
        StoredEvent[] merged = new StoredEvent[first.events.length + second.events.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < first.events.length || j < second.events.length) {
            StoredEvent next = j >= second.events.length
                    || i < first.events.length && HISTORY_ORDER.compare(first.events[i], second.events[j]) <= 0
                    ? first.events[i++] : second.events[j++];
            if (keep.test(next)) {
                merged[n++] = next;
            }
        }
        return new Segment(n == merged.length ? merged : Arrays.copyOf(merged, n));
    }

    int size() {
        return events.length;
    }

    boolean containsEventId(String eventId) {
        return indexes.get(LookupKey.EVENT_ID).containsKey(eventId);
    }

    /**
     * The events matching the key and value (every event when {@code key} is null), newest first,
     * starting at the newest one at or before (maxTime, maxSeq) and ending before minTime.
     */
    Cursor newestFirst(LookupKey key, String value, long maxTime, long maxSeq, long minTime) {
        int[] positions = key == null ? null : indexes.get(key).getOrDefault(value, NO_POSITIONS);
        int size = positions == null ? events.length : positions.length;
        int low = 0;
        int high = size;
        while (low < high) { // first index whose event comes after (maxTime, maxSeq)
            int middle = (low + high) >>> 1;
            if (at(positions, middle).isAfter(maxTime, maxSeq)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return new Cursor(positions, low - 1, minTime);
    }

    private StoredEvent at(int[] positions, int index) {
        return events[positions == null ? index : positions[index]];
    }

    private static Map<String, int[]> index(StoredEvent[] events, LookupKey key) {
        Map<String, IntList> building = new HashMap<>();
        for (int position = 0; position < events.length; position++) {
            for (String value : key.valuesOf(events[position])) {
                building.computeIfAbsent(value, v -> new IntList()).add(position);
            }
        }
        Map<String, int[]> index = new HashMap<>(Math.max(4, building.size() * 4 / 3 + 1));
        building.forEach((value, positions) -> index.put(value, positions.toArray()));
        return index;
    }

    /** Reads a segment's matching events backwards, from newest to oldest. */
    final class Cursor {
        private final int[] positions;
        private final long minTime;
        private int index;

        private Cursor(int[] positions, int start, long minTime) {
            this.positions = positions;
            this.index = start;
            this.minTime = minTime;
        }

        /** The current event, or null when the cursor is past its oldest match. */
        StoredEvent current() {
            if (index < 0) {
                return null;
            }
            StoredEvent event = at(positions, index);
            return event.time >= minTime ? event : null;
        }

        void advance() {
            index--;
        }
    }

    /** A growable int array, to build an index without boxing. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** All events of the segments, oldest first; for tests and diagnostics. */
    static List<StoredEvent> allOf(List<Segment> segments) {
        List<StoredEvent> all = new ArrayList<>();
        segments.forEach(segment -> all.addAll(Arrays.asList(segment.events)));
        all.sort(HISTORY_ORDER);
        return all;
    }
}
