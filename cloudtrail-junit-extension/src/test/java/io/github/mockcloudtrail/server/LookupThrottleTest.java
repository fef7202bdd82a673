package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.engine.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ThrottlingException;

/**
 * The LookupEvents fidelity switch: "The rate of lookup requests is limited to two per second, per account,
 * per region. If this limit is exceeded, a throttling error occurs" (the current SDK reference). Time is the
 * mock's clock, set by the test. The throttle only decides whether a call gets through; what a call that
 * gets through answers is LookupEvents' own business.
 */
class LookupThrottleTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    private final SettableClock clock = new SettableClock(NOON);
    private CloudTrailServer server;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CloudTrailClient start(boolean throttle) {
        CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.builder().clock(clock).build());
        server = CloudTrailServer.start(new SingleSessionRouter(new Session("throttled", engine,
                new SessionOptions(SessionOptions.DEFAULT_JOURNAL_LIMIT, throttle))), 0);
        return MockClients.of(server.endpoint(), Region.US_EAST_1);
    }

    /** The error code a LookupEvents call answered with, or "OK". */
    private static String lookup(CloudTrailClient client) {
        try {
            client.lookupEvents(r -> { });
            return "OK";
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorCode();
        }
    }

    private static void assertThrottled(CloudTrailClient client) {
        assertRejected(() -> client.lookupEvents(r -> { }), ThrottlingException.class, "ThrottlingException")
                .isEqualTo("Rate exceeded: LookupEvents allows 2 calls per second per account and Region.");
    }

    @Test
    void letsTwoCallsAPerSecondThrough() {
        try (CloudTrailClient client = start(true)) {
            assertThat(lookup(client)).isNotEqualTo("ThrottlingException");
            assertThat(lookup(client)).isNotEqualTo("ThrottlingException");
            assertThrottled(client);

            clock.advance(Duration.ofMillis(999));
            assertThrottled(client);

            clock.advance(Duration.ofMillis(1));
            assertThat(lookup(client)).isNotEqualTo("ThrottlingException");
            assertThat(lookup(client)).isNotEqualTo("ThrottlingException");
            assertThrottled(client);
        }
    }

    @Test
    void countsPerAccountAndRegion() {
        try (CloudTrailClient client = start(true);
                CloudTrailClient otherRegion = MockClients.of(server.endpoint(), Region.EU_WEST_1);
                CloudTrailClient otherAccount = CloudTrailClient.builder().endpointOverride(server.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("210987654321", "any")))
                        .build()) {
            lookup(client);
            lookup(client);
            assertThrottled(client);

            assertThat(lookup(otherRegion)).isNotEqualTo("ThrottlingException");
            assertThat(lookup(otherAccount)).isNotEqualTo("ThrottlingException");
        }
    }

    @Test
    void throttlesOnlyLookupEvents() {
        try (CloudTrailClient client = start(true)) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.describeTrails().trailList()).isEmpty();
            }
        }
    }

    @Test
    void isOffUnlessSwitchedOn() {
        try (CloudTrailClient client = start(false)) {
            for (int i = 0; i < 5; i++) {
                assertThat(lookup(client)).isNotEqualTo("ThrottlingException");
            }
        }
    }
}
