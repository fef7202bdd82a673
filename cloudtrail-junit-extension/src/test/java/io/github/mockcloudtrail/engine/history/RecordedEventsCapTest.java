package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.history.LookupEventsRulesTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/** Recorded events are capped per account and Region, the oldest evicted first; seeds count only if asked. */
class RecordedEventsCapTest {

    @Nested
    @MockCloudTrail(recordedEventsCap = 5, lookupWindowDays = 0)
    @SeedEvent(eventName = "Seeded", time = "2020-01-01T00:00:00Z")
    class SeedsDoNotCount {
        @Test
        void keepsTheNewestRecordedEventsAndEverySeed(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            IntStream.range(0, 8).forEach(i -> catchThrowable(() -> cloudTrail.getTrail(r -> r.name("trail-" + i))));

            assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "GetTrail")))
                    .events()).extracting(e -> e.resources().get(0).resourceName().replaceAll(".*/", ""))
                    .containsExactly("trail-7", "trail-6", "trail-5", "trail-4", "trail-3");
            assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "Seeded"))).events())
                    .hasSize(1);
        }

        @Test
        void theCapIsPerAccountAndRegion(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            try (CloudTrailClient europe = MockClients.in(mock, Region.EU_WEST_1)) {
                IntStream.range(0, 4).forEach(i -> europe.describeTrails());
                IntStream.range(0, 4).forEach(i -> cloudTrail.describeTrails());

                assertThat(europe.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "DescribeTrails")))
                        .events()).hasSize(4);
            }
            assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "DescribeTrails")))
                    .events()).hasSize(4);
        }
    }

    @Nested
    @MockCloudTrail(recordedEventsCap = 3, seededEventsCountAgainstCap = true, recordCalls = false)
    class SeedsCountWhenAsked {
        @Test
        void evictsTheOldestSeeds(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            IntStream.range(0, 5).forEach(i -> mock.seedEvent(EventSeed.named("Seeded-" + i).build()));

            assertThat(cloudTrail.lookupEvents(r -> { }).events()).extracting(Event::eventName)
                    .containsExactly("Seeded-4", "Seeded-3", "Seeded-2");
        }
    }
}
