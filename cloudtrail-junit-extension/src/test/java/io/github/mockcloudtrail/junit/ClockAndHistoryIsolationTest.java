package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * The clock and the event history are part of the class baseline: every test method starts from the class's
 * clock (as {@code @BeforeAll} left it) and events, then gets its own {@code @FixedClock} and seeds.
 */
@MockCloudTrail(clock = "2024-03-01T12:00:00Z", recordCalls = false)
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
@SeedEvent(eventName = "ClassSeed", ago = "PT10M")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockAndHistoryIsolationTest {
    private static final Instant ONE_PM = Instant.parse("2024-03-01T13:00:00Z");

    @BeforeAll
    static void moveTheClock(CloudTrailMock mock) {
        mock.clock().advance(Duration.ofHours(1));
    }

    private static java.util.List<String> eventNames(CloudTrailClient cloudTrail) {
        return cloudTrail.lookupEvents(r -> { }).events().stream().map(Event::eventName).toList();
    }

    @Test
    @Order(1)
    void everyTimestampComesFromTheMocksClock(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        assertThat(mock.clock().instant()).isEqualTo(ONE_PM);
        mock.clock().advance(Duration.ofMinutes(5));
        mock.recordCalls(true);

        cloudTrail.startLogging(r -> r.name("audit"));

        assertThat(cloudTrail.getTrailStatus(r -> r.name("audit")).startLoggingTime())
                .isEqualTo(Instant.parse("2024-03-01T13:05:00Z"));
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).extracting(Event::eventTime)
                .contains(Instant.parse("2024-03-01T13:05:00Z"));
    }

    @Test
    @Order(2)
    @FixedClock("2030-01-01T00:00:00Z")
    @SeedEvent(eventName = "MethodSeed", ago = "PT1H")
    void aFixedClockOnAMethodComesBeforeItsSeeds(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        assertThat(mock.clock().instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).extracting(Event::eventTime)
                .containsExactly(Instant.parse("2029-12-31T23:00:00Z"));
    }

    @Test
    @Order(3)
    void theNextMethodStartsFromTheBaselineAgain(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        assertThat(mock.clock().instant()).isEqualTo(ONE_PM);
        assertThat(eventNames(cloudTrail)).containsExactly("ClassSeed");
        assertThat(cloudTrail.getTrailStatus(r -> r.name("audit")).isLogging()).isFalse();
    }

    @Test
    @Order(4)
    void resetDeletesEveryEvent(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.reset();

        assertThat(eventNames(cloudTrail)).isEmpty();
    }
}
