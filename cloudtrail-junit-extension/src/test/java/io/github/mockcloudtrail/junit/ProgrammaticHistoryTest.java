package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.eventName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * The builder's twins of the annotation's clock and event-history options ({@code clock}, {@code lookupWindowDays},
 * {@code recordCalls}, {@code recordedEventsCap}, {@code seededEventsCountAgainstCap}) and of {@code @SeedEvents}
 * and {@code @SeedEvent}: each reaches every test, from a static field and from an instance field, and a bad
 * value fails naming the builder call.
 */
class ProgrammaticHistoryTest {
    static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");
    static final String GRYCAP_ACCOUNT = "974349055189";
    static final String GRYCAP_RECORDS = "classpath:cloudtrail/grycap-cloudtrail-tracker_us-east-1_selection.json";
    static final EventSeed STOP_AT_TEN = EventSeed.named("StopLogging").username("mallory")
            .time(NOON.minus(Duration.ofHours(2))).build();
    static final EventSeed CREATE_AT_THE_CLOCKS_TIME = EventSeed.named("CreateTrail").build();

    @Test
    void aStaticFieldsClockHistoryOptionsAndEventSeedsReachEveryTest() {
        Scenarios.assertAllSucceeded(Scenarios.run(StaticField.class), 2);
    }

    @Test
    void seededEventsCountAgainstTheBuildersCapWhenAsked() {
        Scenarios.assertAllSucceeded(Scenarios.run(CappedSeeds.class), 1);
    }

    @Test
    void anInstanceFieldStartsEveryTestsEndpointAtTheBuildersClockWithItsEvents() {
        Scenarios.assertAllSucceeded(Scenarios.run(InstanceField.class), 2);
    }

    @Test
    void theBuilderRejectsBadHistoryValuesNamingTheCall() {
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder().lookupWindowDays(-1)
                .build()).withMessage("MockCloudTrailExtension.builder().lookupWindowDays(-1) must be 0 (no window) or"
                        + " a number of days.");
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder().recordedEventsCap(0)
                .build()).withMessage("MockCloudTrailExtension.builder().recordedEventsCap(0) must be at least 1.");
    }

    @Test
    void anUnreadableEventFileFailsTheClassNamingTheCall() {
        Scenarios.assertFailsToStart(MissingEventFile.class, "MockCloudTrailExtension.builder().seedEvents("
                + "\"classpath:cloudtrail/nope.json\") cannot be loaded: no resource cloudtrail/nope.json");
    }

    @Test
    void anInvalidEventSeedFailsTheClassNamingTheCall() {
        Scenarios.assertFailsToStart(InvalidEventSeed.class, "MockCloudTrailExtension.builder().seedEvent("
                + "EventSeed[StopLogging]) is invalid: accountId '12' is not an account ID");
    }

    /** The builder's two events, newest first: one at a given time, one at the clock's time when seeded. */
    static void assertOnlyTheBuildersEvents(CloudTrailClient client) {
        assertThat(client.lookupEvents(r -> { }).events())
                .extracting(Event::eventName, Event::eventTime, Event::username)
                .containsExactly(tuple("CreateTrail", NOON, "mock-user"),
                        tuple("StopLogging", NOON.minus(Duration.ofHours(2)), "mallory"));
    }

    @Scenario
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticField {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .clock(NOON)
                .lookupWindowDays(0)
                .recordCalls(false)
                .seedEvents(GRYCAP_RECORDS)
                .seedEvent(STOP_AT_TEN)
                .seedEvent(CREATE_AT_THE_CLOCKS_TIME)
                .build();

        @Test
        @Order(1)
        void seesTheBuildersClockAndEventsAndRecordsNothing(CloudTrailClient client, CloudTrailMock mock,
                @ForAccount(GRYCAP_ACCOUNT) CloudTrailClient grycap) {
            assertThat(mock.clock().instant()).isEqualTo(NOON);
            client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
            assertOnlyTheBuildersEvents(client);
            assertThat(grycap.lookupEvents(r -> r.lookupAttributes(eventName("CreateTrail"))).events())
                    .as("records of 2014, with no lookup window")
                    .isNotEmpty().allSatisfy(event -> assertThat(event.eventTime())
                            .isBefore(Instant.parse("2015-01-01T00:00:00Z")));
            mock.clock().advance(Duration.ofDays(1));
            mock.seedEvent(EventSeed.named("DeleteTrail").build());
        }

        @Test
        @Order(2)
        void startsFromTheBuildersSeedsAgain(CloudTrailClient client, CloudTrailMock mock) {
            assertThat(mock.clock().instant()).isEqualTo(NOON);
            assertOnlyTheBuildersEvents(client);
        }
    }

    @Scenario
    static class CappedSeeds {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .recordedEventsCap(2)
                .seededEventsCountAgainstCap(true)
                .recordCalls(false)
                .seedEvent(EventSeed.named("First").time(NOON).build())
                .seedEvent(EventSeed.named("Second").time(NOON.plusSeconds(1)).build())
                .seedEvent(EventSeed.named("Third").time(NOON.plusSeconds(2)).build())
                .lookupWindowDays(0)
                .build();

        @Test
        void keepsTheNewestSeeds(CloudTrailClient client) {
            assertThat(client.lookupEvents(r -> { }).events()).extracting(Event::eventName)
                    .containsExactly("Third", "Second");
        }
    }

    @Scenario
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InstanceField {
        @RegisterExtension
        final MockCloudTrailExtension cloudTrail = MockCloudTrailExtension.builder()
                .clock(NOON)
                .seedEvent(STOP_AT_TEN)
                .seedEvent(CREATE_AT_THE_CLOCKS_TIME)
                .recordCalls(false)
                .build();

        @Test
        @Order(1)
        void movesItsOwnClock(CloudTrailClient client, CloudTrailMock mock) {
            assertOnlyTheBuildersEvents(client);
            mock.clock().fixAt(NOON.plus(Duration.ofDays(400)));
        }

        @Test
        @Order(2)
        void startsAtTheBuildersClockOnItsOwnEndpoint(CloudTrailClient client, CloudTrailMock mock) {
            assertThat(mock.clock().instant()).isEqualTo(NOON);
            assertOnlyTheBuildersEvents(client);
        }
    }

    @Scenario
    static class MissingEventFile {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .seedEvents("classpath:cloudtrail/nope.json")
                .build();

        @Test
        void neverRuns() {
        }
    }

    @Scenario
    static class InvalidEventSeed {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .seedEvent(EventSeed.named("StopLogging").accountId("12").build())
                .build();

        @Test
        void neverRuns() {
        }
    }
}
