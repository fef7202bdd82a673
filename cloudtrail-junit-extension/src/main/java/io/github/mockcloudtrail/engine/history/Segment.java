package io.github.mockcloudtrail.engine.history;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * An immutable block of events sorted by time (oldest first), with an index per lookup key from each
 * value to the positions of the events that have it (event IDs, unique, in an {@link EventIdIndex}). Lookups
 * binary-search the index for their time bound and read backwards, so a page costs the same at a thousand
 * events as at a million.
 *
 * <p>A key's index is built when a lookup first asks for it, or up front by {@link #indexed()}: the mock records
 * every call it serves, and most of those events are never looked up by most keys. A merge merges the indexes
 * both segments have built, and leaves the others to be built when asked for.
 *
 * <p>Being immutable, a segment is shared by the engine, its snapshots and engines forked from them, which may
 * read it under different locks; an index is published whole through an atomic reference, and two threads that
 * build one at once build the same.
 */
final class Segment {
    static final Comparator<StoredEvent> HISTORY_ORDER =
            Comparator.comparingLong((StoredEvent event) -> event.time).thenComparingLong(event -> event.seq);
    private static final int[] NO_POSITIONS = new int[0];
    private static final LookupKey[] KEYS = LookupKey.values();

    private final StoredEvent[] events;
    /** The index of {@link LookupKey#EVENT_ID}, or null until built. */
    private final AtomicReference<EventIdIndex> eventIds = new AtomicReference<>();
    /** Every other key's index, by the key's ordinal, or null until built. */
    private final AtomicReferenceArray<Map<String, int[]>> indexes = new AtomicReferenceArray<>(KEYS.length);
    /** The highest cap place among the events, where an event that does not count ranks above all. */
    private final long newestCapSeq;

    private Segment(StoredEvent[] sortedEvents) {
        this.events = sortedEvents;
        long newest = Long.MIN_VALUE;
        for (StoredEvent event : sortedEvents) {
            newest = Math.max(newest, event.capSeq < 0 ? Long.MAX_VALUE : event.capSeq);
        }
        this.newestCapSeq = newest;
    }

    /** A segment of the given events, in any order. */
    static Segment of(List<StoredEvent> events) {
        StoredEvent[] sorted = events.toArray(new StoredEvent[0]);
        Arrays.sort(sorted, HISTORY_ORDER);
        return new Segment(sorted);
    }

    /** This segment with every index built, so that no lookup pays for building one: for bulk seeds. */
    Segment indexed() {
        eventIdIndex();
        for (LookupKey key : KEYS) {
            if (key != LookupKey.EVENT_ID) {
                index(key);
            }
        }
        return this;
    }

    /**
     * One segment with the events of both that {@code keep} accepts. The indexes both have built are merged, not
     * rebuilt: each value's positions are renumbered, so a merge costs no hashing per event.
     */
    static Segment merge(Segment first, Segment second, Predicate<StoredEvent> keep) {
        StoredEvent[] merged = new StoredEvent[first.events.length + second.events.length];
        int[] firstMoves = new int[first.events.length];
        int[] secondMoves = new int[second.events.length];
        // Recorded calls arrive in time order, so the newer segment usually starts after the older one ends.
        boolean ordered = first.events.length == 0 || second.events.length == 0
                || HISTORY_ORDER.compare(first.events[first.events.length - 1], second.events[0]) <= 0;
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < first.events.length || j < second.events.length) {
            boolean fromFirst = ordered ? i < first.events.length : j >= second.events.length
                    || i < first.events.length && HISTORY_ORDER.compare(first.events[i], second.events[j]) <= 0;
            StoredEvent next = fromFirst ? first.events[i] : second.events[j];
            int position = keep.test(next) ? n++ : -1;
            if (position >= 0) {
                merged[position] = next;
            }
            if (fromFirst) {
                firstMoves[i++] = position;
            } else {
                secondMoves[j++] = position;
            }
        }
        Segment segment = new Segment(n == merged.length ? merged : Arrays.copyOf(merged, n));
        EventIdIndex firstIds = first.eventIds.get();
        EventIdIndex secondIds = second.eventIds.get();
        if (firstIds != null && secondIds != null) {
            segment.eventIds.set(EventIdIndex.merge(firstIds, firstMoves, secondIds, secondMoves));
        }
        for (int key = 0; key < KEYS.length; key++) {
            Map<String, int[]> firstIndex = first.indexes.get(key);
            Map<String, int[]> secondIndex = second.indexes.get(key);
            if (firstIndex != null && secondIndex != null) {
                segment.indexes.set(key, mergeIndex(firstIndex, firstMoves, secondIndex, secondMoves));
            }
        }
        return segment;
    }

    private static Map<String, int[]> mergeIndex(Map<String, int[]> first, int[] firstMoves, Map<String, int[]> second,
            int[] secondMoves) {
        Map<String, int[]> merged = new HashMap<>(capacity(first.size() + second.size()));
        first.forEach((value, positions) -> put(merged, value, moved(positions, firstMoves)));
        // One hash operation per value of the second segment.
        second.forEach((value, positions) -> merged.compute(value, (key, firstOnly) -> {
            int[] both = firstOnly == null ? moved(positions, secondMoves)
                    : mergePositions(first.get(key), firstMoves, positions, secondMoves);
            return both.length == 0 ? null : both;
        }));
        return merged;
    }

    /**
     * Positions renumbered by their moves (-1 drops one); the same array when no position moves, as for the
     * older segment of a merge that evicts nothing, so such a merge allocates nothing for its values.
     */
    private static int[] moved(int[] positions, int[] moves) {
        for (int i = 0; i < positions.length; i++) {
            if (moves[positions[i]] != positions[i]) {
                return mergePositions(positions, moves, NO_POSITIONS, moves);
            }
        }
        return positions;
    }

    /** Two ascending position lists, renumbered by their moves (-1 drops a position), merged in ascending order. */
    private static int[] mergePositions(int[] first, int[] firstMoves, int[] second, int[] secondMoves) {
        int[] merged = new int[first.length + second.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < first.length || j < second.length) {
            int a = i < first.length ? firstMoves[first[i]] : Integer.MAX_VALUE;
            int b = j < second.length ? secondMoves[second[j]] : Integer.MAX_VALUE;
            if (a <= b) {
                i++;
                if (a >= 0) {
                    merged[n++] = a;
                }
            } else {
                j++;
                if (b >= 0) {
                    merged[n++] = b;
                }
            }
        }
        return n == merged.length ? merged : Arrays.copyOf(merged, n);
    }

    private static void put(Map<String, int[]> index, String value, int[] positions) {
        if (positions.length > 0) {
            index.put(value, positions);
        }
    }

    private static int capacity(int entries) {
        return Math.max(4, entries * 4 / 3 + 1);
    }

    int size() {
        return events.length;
    }

    /** {@return the highest place among counted events of any event here, or Long.MAX_VALUE if one does not count} */
    long newestCapSeq() {
        return newestCapSeq;
    }

    boolean containsEventId(String eventId) {
        return eventIdIndex().contains(eventId, events);
    }

    /**
     * The events matching the key and value (every event when {@code key} is null), newest first,
     * starting at the newest one at or before (maxTime, maxSeq) and ending before minTime.
     */
    Cursor newestFirst(LookupKey key, String value, long maxTime, long maxSeq, long minTime) {
        int[] positions = key == null ? null : key == LookupKey.EVENT_ID ? eventIdIndex().positions(value, events)
                : index(key).getOrDefault(value, NO_POSITIONS);
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

    private EventIdIndex eventIdIndex() {
        EventIdIndex index = eventIds.get();
        if (index == null) {
            index = EventIdIndex.of(events);
            eventIds.set(index);
        }
        return index;
    }

    /** The index of a key other than {@link LookupKey#EVENT_ID}, built in one pass over the events if need be. */
    private Map<String, int[]> index(LookupKey key) {
        Map<String, int[]> index = indexes.get(key.ordinal());
        if (index != null) {
            return index;
        }
        Map<String, IntList> building = new HashMap<>();
        for (int position = 0; position < events.length; position++) {
            StoredEvent event = events[position];
            switch (key) {
                case EVENT_NAME -> add(building, event.eventName, position);
                case READ_ONLY -> add(building, event.readOnly, position);
                case USERNAME -> add(building, event.username, position);
                case EVENT_SOURCE -> add(building, event.eventSource, position);
                case ACCESS_KEY_ID -> add(building, event.accessKeyId, position);
                case RESOURCE_TYPE, RESOURCE_NAME -> {
                    for (ResourceRef resource : event.resources) {
                        add(building, key == LookupKey.RESOURCE_TYPE ? resource.type() : resource.name(), position);
                    }
                }
                default -> throw new IllegalArgumentException("Event IDs have an index of their own: " + key);
            }
        }
        Map<String, int[]> built = new HashMap<>(capacity(building.size()));
        building.forEach((value, positions) -> built.put(value, positions.toArray()));
        indexes.set(key.ordinal(), built);
        return built;
    }

    /** Adds a position once, even when several resources of an event share a type. */
    private static void add(Map<String, IntList> building, String value, int position) {
        if (value != null) {
            building.computeIfAbsent(value, v -> new IntList()).addOnce(position);
        }
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

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

}
