package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event IDs whose hashes collide are told apart, before and after merges that drop events. */
class EventIdIndexTest {
    /** Two groups of IDs, each sharing one {@link String#hashCode()}: the first four, and the last two. */
    private static final List<String> COLLIDING = List.of("AaAa", "AaBB", "BBAa", "BBBB", "AaAa-x", "BBBB-x");

    @Test
    void findsEachOfSeveralIdsWithTheSameHash() {
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
        Segment segment = Segment.of(events(0, "AaAa", "AaBB", "BBAa", "BBBB"));

        for (String id : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
            assertThat(ids(segment, id)).containsExactly(id);
            assertThat(segment.containsEventId(id)).isTrue();
        }
        assertThat(segment.containsEventId("BBBB-x")).isFalse();
        assertThat(ids(segment, "no-such-id")).isEmpty();
    }

    @Test
    void keepsCollidingIdsApartThroughMergesThatDropEvents() {
        Segment older = Segment.of(events(0, "AaAa", "AaBB", "BBAa"));
        Segment newer = Segment.of(events(3, "BBBB", "AaAa-x", "BBBB-x"));

        Segment merged = Segment.merge(older, newer, event -> !event.eventId.equals("AaBB")
                && !event.eventId.equals("AaAa-x"));

        assertThat(merged.size()).isEqualTo(4);
        for (String id : COLLIDING) {
            boolean dropped = id.equals("AaBB") || id.equals("AaAa-x");
            assertThat(merged.containsEventId(id)).as(id).isEqualTo(!dropped);
            assertThat(ids(merged, id)).as(id).containsExactlyElementsOf(dropped ? List.of() : List.of(id));
        }
    }

    @Test
    void findsAnIdHeldByTwoEventsNewestFirst() {
        Segment merged = Segment.merge(Segment.of(events(0, "AaAa", "BBBB")), Segment.of(events(2, "AaAa")),
                event -> true);

        Segment.Cursor cursor = merged.newestFirst(LookupKey.EVENT_ID, "AaAa", Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE);
        assertThat(cursor.current().seq).isEqualTo(2);
        cursor.advance();
        assertThat(cursor.current().seq).isZero();
        cursor.advance();
        assertThat(cursor.current()).isNull();
    }

    private static List<StoredEvent> events(long firstSeq, String... ids) {
        List<StoredEvent> events = new ArrayList<>();
        long seq = firstSeq;
        for (String id : ids) {
            events.add(new StoredEvent(new ParsedEvent("123456789012", "us-east-1", EventCategory.MANAGEMENT, id,
                    "GetTrail", "cloudtrail.amazonaws.com", "true", "AKIDA", "mock-user", ResourceRef.NONE,
                    1_000 + seq, "{}", null), seq, seq));
            seq++;
        }
        return events;
    }

    private static List<String> ids(Segment segment, String eventId) {
        List<String> ids = new ArrayList<>();
        Segment.Cursor cursor = segment.newestFirst(LookupKey.EVENT_ID, eventId, Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE);
        for (StoredEvent event = cursor.current(); event != null; cursor.advance(), event = cursor.current()) {
            ids.add(event.eventId);
        }
        return ids;
    }
}
