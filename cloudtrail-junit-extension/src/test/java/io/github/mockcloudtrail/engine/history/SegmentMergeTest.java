package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A merged segment answers every lookup exactly as a segment built from scratch from the events the merge kept:
 * segments in time order and overlapping, with and without evicted events, values in one segment or in both,
 * indexes merged (both segments indexed) or built after the merge (one segment not yet indexed).
 */
class SegmentMergeTest {
    private static final String[] NAMES = {"CreateTrail", "GetTrailStatus", "StartLogging"};
    private static final String[] KEYS = {"AKIDA", "AKIDB"};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void mergesIndexesAsARebuildWould(int seed) {
        Random random = new Random(seed);
        boolean overlapping = seed % 2 == 0;
        boolean evicting = seed > 4;
        boolean bothIndexed = seed != 3 && seed != 7;
        long seq = 0;
        List<StoredEvent> older = new ArrayList<>();
        List<StoredEvent> newer = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            older.add(event(random, seq++, 1_000 + random.nextInt(500)));
        }
        for (int i = 0; i < 200; i++) {
            newer.add(event(random, seq++, (overlapping ? 1_200 : 2_000) + random.nextInt(500)));
        }
        Predicate<StoredEvent> keep = evicting ? event -> event.seq % 7 != 3 : event -> true;

        Segment newerSegment = bothIndexed ? Segment.of(newer).indexed() : Segment.of(newer);
        Segment merged = Segment.merge(Segment.of(older).indexed(), newerSegment, keep);

        List<StoredEvent> kept = new ArrayList<>(older);
        kept.addAll(newer);
        kept.removeIf(keep.negate());
        Segment rebuilt = Segment.of(kept);
        assertThat(merged.size()).isEqualTo(kept.size());
        assertThat(ids(merged, null, null)).isEqualTo(ids(rebuilt, null, null));
        for (LookupKey key : LookupKey.values()) {
            for (String value : values(key, older, newer)) {
                assertThat(ids(merged, key, value)).as("%s=%s", key, value).isEqualTo(ids(rebuilt, key, value));
            }
        }
        assertThat(kept).allSatisfy(event -> assertThat(merged.containsEventId(event.eventId)).isTrue());
    }

    private static StoredEvent event(Random random, long seq, long time) {
        String id = "event-" + seq;
        ResourceRef[] resources = random.nextBoolean() ? ResourceRef.NONE
                : new ResourceRef[] {new ResourceRef("AWS::CloudTrail::Trail", "trail-" + random.nextInt(4))};
        return new StoredEvent(new ParsedEvent("123456789012", "us-east-1", EventCategory.MANAGEMENT, id,
                NAMES[random.nextInt(NAMES.length)], "cloudtrail.amazonaws.com", random.nextBoolean() ? "true" : "false",
                KEYS[random.nextInt(KEYS.length)], "mock-user", resources, time, "{}", null), seq, seq);
    }

    /** Every value the events have for the key, and one that none has. */
    private static Set<String> values(LookupKey key, List<StoredEvent> older, List<StoredEvent> newer) {
        Set<String> values = new LinkedHashSet<>();
        List<StoredEvent> all = new ArrayList<>(older);
        all.addAll(newer);
        for (StoredEvent event : all) {
            switch (key) {
                case EVENT_ID -> values.add(event.eventId);
                case EVENT_NAME -> values.add(event.eventName);
                case READ_ONLY -> values.add(event.readOnly);
                case USERNAME -> values.add(event.username);
                case EVENT_SOURCE -> values.add(event.eventSource);
                case ACCESS_KEY_ID -> values.add(event.accessKeyId);
                case RESOURCE_TYPE -> Arrays.stream(event.resources).forEach(resource -> values.add(resource.type()));
                case RESOURCE_NAME -> Arrays.stream(event.resources).forEach(resource -> values.add(resource.name()));
                default -> throw new IllegalArgumentException(key.name());
            }
        }
        values.add("no-such-value");
        return values;
    }

    /** The IDs of the events matching the key and value, newest first, as a lookup reads them. */
    private static List<String> ids(Segment segment, LookupKey key, String value) {
        List<String> ids = new ArrayList<>();
        Segment.Cursor cursor = segment.newestFirst(key, value, Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE);
        for (StoredEvent event = cursor.current(); event != null; cursor.advance(), event = cursor.current()) {
            ids.add(event.eventId);
        }
        return ids;
    }
}
