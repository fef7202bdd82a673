package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A history at its cap keeps serving exactly the newest events while holding a bounded number in memory: whole
 * segments of evicted events are dropped, and merges stop at the merge limit.
 */
class CappedHistoryTest {
    private static final int CAP = 10_000;

    @Test
    void holdsAtMostTheCapPlusAMergeLimitAndATailOfEvents() {
        RegionHistory history = new RegionHistory(CAP);
        long held = 0;
        for (int seq = 1; seq <= 20 * CAP; seq++) {
            history.append(EventCategory.MANAGEMENT, event(seq, history.nextCapSeq()));
            if (seq % 997 == 0) {
                held = Math.max(held, held(history));
            }
        }

        assertThat(held).isGreaterThanOrEqualTo(CAP)
                .isLessThanOrEqualTo(CAP + EventLog.MERGE_LIMIT + EventLog.TAIL_LIMIT);
        assertThat(history.size(EventCategory.MANAGEMENT)).isEqualTo(CAP);
    }

    @Test
    void pagesReadExactlyTheNewestEventsAcrossSegments() {
        RegionHistory history = new RegionHistory(CAP);
        int total = 7 * CAP + 123;
        for (int seq = 1; seq <= total; seq++) {
            history.append(EventCategory.MANAGEMENT, event(seq, history.nextCapSeq()));
        }

        List<StoredEvent> all = history.page(new HistoryQuery(EventCategory.MANAGEMENT, null, null, Long.MIN_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE), 2 * CAP);
        assertThat(all).hasSize(CAP);
        assertThat(all.get(0).seq).isEqualTo(total);
        assertThat(all.get(CAP - 1).seq).isEqualTo(total - CAP + 1);
        assertThat(all).isSortedAccordingTo((a, b) -> Long.compare(b.seq, a.seq));

        String evicted = "event-" + (total - CAP);
        String visible = "event-" + (total - CAP + 1);
        assertThat(history.page(byId(evicted), 10)).isEmpty();
        assertThat(history.page(byId(visible), 10)).extracting(event -> event.eventId).containsExactly(visible);
    }

    private static HistoryQuery byId(String eventId) {
        return new HistoryQuery(EventCategory.MANAGEMENT, LookupKey.EVENT_ID, eventId, Long.MIN_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Events held in memory, visible or not. */
    private static long held(RegionHistory history) {
        return history.log(EventCategory.MANAGEMENT).readable().stream().mapToLong(Segment::size).sum();
    }

    private static StoredEvent event(long seq, long capSeq) {
        return new StoredEvent(new ParsedEvent("123456789012", "us-east-1", EventCategory.MANAGEMENT, "event-" + seq,
                "GetTrailStatus", "cloudtrail.amazonaws.com", "true", "AKIDA", "mock-user", ResourceRef.NONE,
                1_000_000L + seq, "{}", null), seq, capSeq);
    }
}
