package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.history.LookupEventsRulesTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * {@code LookupEvents} pages: 50 events by default, a token bound to its parameters, and pages that never
 * shift, repeat or drop events while new ones arrive, whatever their time. The mock records its own calls
 * here, so every page request adds an event too.
 */
@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
class LookupEventsPagingTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    /** Seeds {@code count} events named {@code Seeded}, one per minute before noon, pairs sharing a second. */
    private static List<String> seed(CloudTrailMock mock, int count) {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("00000000-0000-0000-0000-%012d", i);
            mock.seedEvent(EventSeed.named("Seeded").eventId(id).time(NOON.minus(Duration.ofMinutes(1 + i / 2))).build());
        }
        for (int i = 0; i < count; i++) {
            // Within a second, the later-seeded event comes first.
            int index = i % 2 == 0 ? i + 1 : i - 1;
            newestFirst.add(String.format("00000000-0000-0000-0000-%012d", index < count ? index : i));
        }
        return newestFirst;
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::eventId).toList();
    }

    @Test
    void thePaginatorWalksTheWholeHistoryInPagesOfFifty(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        List<String> expected = seed(mock, 120);

        List<LookupEventsResponse> pages = cloudTrail.lookupEventsPaginator(r -> r.lookupAttributes(
                attribute("EventName", "Seeded"))).stream().toList();

        assertThat(pages).extracting(page -> page.events().size()).containsExactly(50, 50, 20);
        assertThat(pages.get(2).nextToken()).isNull();
        assertThat(pages.stream().flatMap(page -> ids(page.events()).stream()).toList()).isEqualTo(expected);
    }

    @Test
    void anExactlyFullLastPageHasNoToken(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        seed(mock, 10);

        LookupEventsResponse page = cloudTrail.lookupEvents(r -> r.maxResults(10)
                .lookupAttributes(attribute("EventName", "Seeded")));

        assertThat(page.events()).hasSize(10);
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void eventsArrivingBetweenPagesNeverShiftRepeatOrDropResults(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        List<String> expected = seed(mock, 30);
        LookupEventsResponse first = cloudTrail.lookupEvents(r -> r.maxResults(10)
                .lookupAttributes(attribute("EventName", "Seeded")));

        // Newer, older and same-second events, and recorded calls, arrive while the client pages.
        mock.seedEvent(EventSeed.named("Seeded").time(NOON).build());
        mock.seedEvent(EventSeed.named("Seeded").time(NOON.minus(Duration.ofMinutes(8))).build());
        mock.seedEvent(EventSeed.named("Seeded").time(NOON.minus(Duration.ofDays(1))).build());
        mock.clock().advance(Duration.ofDays(89).plusHours(23));
        List<String> walked = new ArrayList<>(ids(first.events()));
        String token = first.nextToken();
        while (token != null) {
            String next = token;
            LookupEventsResponse page = cloudTrail.lookupEvents(r -> r.maxResults(10).nextToken(next)
                    .lookupAttributes(attribute("EventName", "Seeded")));
            walked.addAll(ids(page.events()));
            token = page.nextToken();
        }

        assertThat(walked).isEqualTo(expected);
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "Seeded"))).events())
                .hasSize(32); // the day-old one has left the 90-day window
    }

    @Test
    void thePaginatorWalksAHistoryThatGrowsConcurrently(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        List<String> expected = seed(mock, 200);
        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int written = 0;
            while (paging.get() || written < 50) {
                mock.seedEvent(EventSeed.named("Seeded").time(NOON.minusSeconds(written % 7000)).build());
                written++;
            }
            return written;
        });

        List<String> walked = cloudTrail.lookupEventsPaginator(r -> r.maxResults(7)
                .lookupAttributes(attribute("EventName", "Seeded"))).events().stream().map(Event::eventId).toList();
        paging.set(false);

        assertThat(writer.join()).isGreaterThanOrEqualTo(50);
        assertThat(walked).doesNotHaveDuplicates().containsAll(expected);
        assertThat(walked.stream().filter(expected::contains).toList()).isEqualTo(expected);
    }

    @Test
    void thePaginatorSeesTheMocksOwnCallsToo(CloudTrailClient cloudTrail) {
        cloudTrail.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        List<String> names = cloudTrail.lookupEventsPaginator(r -> r.maxResults(1)).events().stream()
                .map(Event::eventName).toList();

        assertThat(names).containsExactly("CreateTrail");
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).extracting(Event::eventName)
                .containsExactly("LookupEvents", "CreateTrail");
    }
}
