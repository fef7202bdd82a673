package io.github.mockcloudtrail.engine.history;

import java.util.Arrays;

/**
 * A segment's events by event ID: one sorted array of (hash of the ID, position) pairs. Almost every event ID is
 * unique, so a hash map would hold an entry object per event and rebuild them all at every merge; this index
 * holds one {@code long} per event, is built by a sort, and is merged as two sorted arrays are.
 *
 * <pre>{@code
 * EventIdIndex index = EventIdIndex.of(events);
 * int[] positions = index.positions("3f0b8a56-...", events); // usually one position, or none
 * }</pre>
 */
final class EventIdIndex {
    private static final int[] NO_POSITIONS = new int[0];

    /** Hash in the high 32 bits, position in the low 32, ascending: by hash, then by position. */
    private final long[] entries;

    private EventIdIndex(long[] entries) {
        this.entries = entries;
    }

    static EventIdIndex of(StoredEvent[] events) {
        long[] entries = new long[events.length];
        for (int position = 0; position < events.length; position++) {
            entries[position] = entry(events[position].eventId.hashCode(), position);
        }
        Arrays.sort(entries);
        return new EventIdIndex(entries);
    }

    /**
     * The index of a merged segment: each side's positions renumbered by its moves (-1 drops an event). Moves keep
     * the order of each side's events, so each side stays sorted and one pass merges them.
     */
    static EventIdIndex merge(EventIdIndex first, int[] firstMoves, EventIdIndex second, int[] secondMoves) {
        long[] merged = new long[first.entries.length + second.entries.length];
        int i = first.kept(0, firstMoves);
        int j = second.kept(0, secondMoves);
        int n = 0;
        while (i < first.entries.length || j < second.entries.length) {
            long a = first.moved(i, firstMoves);
            long b = second.moved(j, secondMoves);
            if (a <= b) {
                merged[n++] = a;
                i = first.kept(i + 1, firstMoves);
            } else {
                merged[n++] = b;
                j = second.kept(j + 1, secondMoves);
            }
        }
        return new EventIdIndex(n == merged.length ? merged : Arrays.copyOf(merged, n));
    }

    /** The first index from {@code index} on whose event the moves keep. */
    private int kept(int index, int[] moves) {
        while (index < entries.length && moves[position(entries[index])] < 0) {
            index++;
        }
        return index;
    }

    /** The entry at a kept index renumbered by the moves; past the end, a value above every entry. */
    private long moved(int index, int[] moves) {
        return index < entries.length ? entry(hash(entries[index]), moves[position(entries[index])]) : Long.MAX_VALUE;
    }

    /** The positions, ascending, of the events with this ID. */
    int[] positions(String eventId, StoredEvent[] events) {
        int hash = eventId.hashCode();
        int[] found = NO_POSITIONS;
        for (int i = firstWithHash(hash); i < entries.length && hash(entries[i]) == hash; i++) {
            int position = position(entries[i]);
            if (events[position].eventId.equals(eventId)) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = position;
            }
        }
        return found;
    }

    boolean contains(String eventId, StoredEvent[] events) {
        return positions(eventId, events).length > 0;
    }

    private int firstWithHash(int hash) {
        long lowest = entry(hash, 0);
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < lowest) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long entry(int hash, int position) {
        return (long) hash << 32 | position;
    }

    private static int hash(long entry) {
        return (int) (entry >> 32);
    }

    private static int position(long entry) {
        return (int) entry;
    }
}
