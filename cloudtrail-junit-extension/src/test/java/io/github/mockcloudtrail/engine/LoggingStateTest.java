package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.server.CloudTrailServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

/**
 * {@code StartLogging}, {@code StopLogging} and the times {@code GetTrailStatus} reports, from a mock whose
 * clock the test sets.
 */
class LoggingStateTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    private final SettableClock clock = new SettableClock(NOON);
    private CloudTrailServer server;
    private CloudTrailClient client;

    @BeforeEach
    void startMock() {
        server = CloudTrailServer.start(new CloudTrailEngine(EngineOptions.builder().clock(clock).build()));
        client = MockClients.of(server.endpoint(), Region.US_EAST_1);
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
    }

    @AfterEach
    void stopMock() {
        client.close();
        server.close();
    }

    private GetTrailStatusResponse status() {
        return client.getTrailStatus(r -> r.name("audit"));
    }

    @Test
    void aNewTrailIsNotLoggingAndHasNoTimes() {
        GetTrailStatusResponse status = status();

        assertThat(status.isLogging()).isFalse();
        assertThat(status.startLoggingTime()).isNull();
        assertThat(status.stopLoggingTime()).isNull();
        assertThat(status.timeLoggingStarted()).isNull();
        assertThat(status.timeLoggingStopped()).isNull();
    }

    @Test
    void startLoggingRecordsTheStartTime() {
        client.startLogging(r -> r.name("audit"));

        GetTrailStatusResponse status = status();
        assertThat(status.isLogging()).isTrue();
        assertThat(status.startLoggingTime()).isEqualTo(NOON);
        assertThat(status.timeLoggingStarted()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(status.stopLoggingTime()).isNull();
        assertThat(status.timeLoggingStopped()).isNull();
    }

    @Test
    void stopLoggingRecordsTheStopTimeAndKeepsTheStartTime() {
        client.startLogging(r -> r.name("audit"));
        clock.advance(Duration.ofMinutes(90));

        client.stopLogging(r -> r.name("audit"));

        GetTrailStatusResponse status = status();
        assertThat(status.isLogging()).isFalse();
        assertThat(status.startLoggingTime()).isEqualTo(NOON);
        assertThat(status.stopLoggingTime()).isEqualTo(NOON.plus(Duration.ofMinutes(90)));
        assertThat(status.timeLoggingStopped()).isEqualTo("2024-03-01T13:30:00Z");
    }

    @Test
    void restartingReportsTheMostRecentStartAndStop() {
        client.startLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));
        client.stopLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));

        client.startLogging(r -> r.name("audit"));

        GetTrailStatusResponse status = status();
        assertThat(status.isLogging()).isTrue();
        assertThat(status.startLoggingTime()).isEqualTo(NOON.plus(Duration.ofHours(2)));
        assertThat(status.stopLoggingTime()).isEqualTo(NOON.plus(Duration.ofHours(1)));
    }

    @Test
    void startingATrailThatIsLoggingKeepsItsStartTime() {
        client.startLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));

        client.startLogging(r -> r.name("audit"));
        client.stopLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));
        client.stopLogging(r -> r.name("audit"));

        GetTrailStatusResponse status = status();
        assertThat(status.startLoggingTime()).isEqualTo(NOON);
        assertThat(status.stopLoggingTime()).isEqualTo(NOON.plus(Duration.ofHours(1)));
    }

    @Test
    void reportsTimesToTheMillisecondAndTheLegacyStringsToTheSecond() {
        clock.advance(Duration.ofNanos(123_456_789));

        client.startLogging(r -> r.name("audit"));

        GetTrailStatusResponse status = status();
        assertThat(status.startLoggingTime()).isEqualTo(Instant.parse("2024-03-01T12:00:00.123Z"));
        assertThat(status.timeLoggingStarted()).isEqualTo("2024-03-01T12:00:00Z");
    }

    /** The legacy strings are kept with the times, so a restored snapshot must bring back both, not the latest. */
    @Test
    void aRestoredSnapshotReportsItsOwnTimesAndLegacyStrings() {
        client.startLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));
        client.stopLogging(r -> r.name("audit"));
        CloudTrailEngine.Snapshot snapshot = server.engine().snapshot();
        clock.advance(Duration.ofHours(1));
        client.startLogging(r -> r.name("audit"));
        clock.advance(Duration.ofHours(1));
        client.stopLogging(r -> r.name("audit"));

        server.engine().restore(snapshot);

        GetTrailStatusResponse status = status();
        assertThat(status.startLoggingTime()).isEqualTo(NOON);
        assertThat(status.timeLoggingStarted()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(status.stopLoggingTime()).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(status.timeLoggingStopped()).isEqualTo("2024-03-01T13:00:00Z");
    }

    @Test
    void theLoggingStateGoesWithTheTrail() {
        client.startLogging(r -> r.name("audit"));

        client.deleteTrail(r -> r.name("audit"));
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        assertThat(status().isLogging()).isFalse();
        assertThat(status().startLoggingTime()).isNull();
    }

    @Test
    void requiresTheName() {
        assertRejected(() -> client.startLogging(r -> { }), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'name'");
        assertRejected(() -> client.stopLogging(r -> { }), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'name'");
        assertRejected(() -> client.getTrailStatus(r -> { }), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'name'");
    }
}
