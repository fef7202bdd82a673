package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.ParallelMethodsTest.awaitOrGiveUp;
import static io.github.mockcloudtrail.junit.Scenarios.eventName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * Every test's engine has a clock of its own, copied from the class baseline's setting: tests running at the
 * same time each see the instant they fixed, in what the handle says and in every timestamp the mock writes
 * (logging times, recorded events), and what one test does to its clock never reaches the next test, in
 * every isolation mode but {@link Isolation#SHARED}, whose tests share everything on purpose.
 */
class ClockPerTestTest {
    static final Instant CLASS_CLOCK = Instant.parse("2024-03-01T12:00:00Z");
    static final Instant FIXED_BY_ANNOTATION = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant FIXED_BY_HANDLE = Instant.parse("2030-06-15T08:30:00Z");
    static final Instant ADVANCED_BY_HANDLE = CLASS_CLOCK.plus(Duration.ofDays(3));
    static final int CONCURRENT_TESTS = 3;
    static final AtomicInteger CLOCKS_SET = new AtomicInteger();
    static final AtomicInteger CHECKED = new AtomicInteger();

    @BeforeEach
    void resetCounters() {
        CLOCKS_SET.set(0);
        CHECKED.set(0);
    }

    @RepeatedTest(5)
    void concurrentTestsEachSeeTheInstantTheyFixed() {
        Scenarios.assertAllSucceeded(Scenarios.runConcurrently(CONCURRENT_TESTS, ConcurrentClocks.class),
                CONCURRENT_TESTS);
    }

    /** In the default mode, with an endpoint per method, and with the clock set on the builder instead. */
    @ParameterizedTest
    @ValueSource(classes = {SequentialClocks.class, SequentialClocksPerEndpoint.class,
            SequentialClocksFromTheBuilder.class})
    void aFixedOrMovedClockDoesNotReachTheNextTest(Class<?> scenario) {
        Scenarios.assertAllSucceeded(Scenarios.run(scenario), 4);
    }

    @Test
    void sharedTestsShareTheClockToo() {
        Scenarios.assertAllSucceeded(Scenarios.run(SharedClock.class), 2);
    }

    /**
     * Waits until every concurrent test has set its clock, checks that the mock writes its own instant, and
     * waits again, so that no test finishes (and gives its thread to another) before all have checked.
     */
    static void whileAllTestsRunSeesItsOwnClock(Instant expected, CloudTrailClient client, CloudTrailMock mock) {
        CLOCKS_SET.incrementAndGet();
        awaitOrGiveUp(() -> CLOCKS_SET.get() == CONCURRENT_TESTS);
        assertThat(CLOCKS_SET.get()).as("tests that set their clock before this one checked").isEqualTo(
                CONCURRENT_TESTS);
        assertSeesItsOwnClock(expected, client, mock);
        CHECKED.incrementAndGet();
        awaitOrGiveUp(() -> CHECKED.get() == CONCURRENT_TESTS);
        assertSeesItsOwnClock(expected, client, mock);
    }

    /** The handle's clock, a trail's logging time and the recorded event's time all read {@code expected}. */
    static void assertSeesItsOwnClock(Instant expected, CloudTrailClient client, CloudTrailMock mock) {
        assertThat(mock.clock().instant()).isEqualTo(expected);
        client.startLogging(r -> r.name("audit"));
        assertThat(client.getTrailStatus(r -> r.name("audit")).startLoggingTime()).isEqualTo(expected);
        assertThat(client.lookupEvents(r -> r.lookupAttributes(eventName("StartLogging"))).events())
                .extracting(Event::eventTime).isNotEmpty().containsOnly(expected);
    }

    @Scenario
    @MockCloudTrail(clock = "2024-03-01T12:00:00Z", lookupWindowDays = 0)
    @SeedTrail(name = "audit", s3BucketName = "audit-logs")
    static class ConcurrentClocks {
        @Test
        @FixedClock("2020-01-01T00:00:00Z")
        void fixedByTheAnnotation(CloudTrailClient client, CloudTrailMock mock) {
            whileAllTestsRunSeesItsOwnClock(FIXED_BY_ANNOTATION, client, mock);
        }

        @Test
        void fixedThroughTheHandle(CloudTrailClient client, CloudTrailMock mock) {
            mock.clock().fixAt(FIXED_BY_HANDLE);
            whileAllTestsRunSeesItsOwnClock(FIXED_BY_HANDLE, client, mock);
        }

        @Test
        void advancedFromTheClassClock(CloudTrailClient client, CloudTrailMock mock) {
            mock.clock().advance(Duration.ofDays(3));
            whileAllTestsRunSeesItsOwnClock(ADVANCED_BY_HANDLE, client, mock);
        }
    }

    /** Tests 1 and 3 change their clock; tests 2 and 4 must find the class clock. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class ClockSequence {
        @Test
        @Order(1)
        @FixedClock("2020-01-01T00:00:00Z")
        void fixesItsClockByAnnotationAndMovesIt(CloudTrailMock mock) {
            assertThat(mock.clock().instant()).isEqualTo(FIXED_BY_ANNOTATION);
            mock.clock().advance(Duration.ofHours(1));
        }

        @Test
        @Order(2)
        void startsFromTheClassClockAfterAFixedClock(CloudTrailClient client, CloudTrailMock mock) {
            assertSeesItsOwnClock(CLASS_CLOCK, client, mock);
        }

        @Test
        @Order(3)
        void fixesItsClockThroughTheHandle(CloudTrailMock mock) {
            mock.clock().fixAt(FIXED_BY_HANDLE);
            assertThat(mock.clock().instant()).isEqualTo(FIXED_BY_HANDLE);
        }

        @Test
        @Order(4)
        void startsFromTheClassClockAfterAMovedClock(CloudTrailClient client, CloudTrailMock mock) {
            assertSeesItsOwnClock(CLASS_CLOCK, client, mock);
        }
    }

    @Scenario
    @MockCloudTrail(clock = "2024-03-01T12:00:00Z", lookupWindowDays = 0)
    @SeedTrail(name = "audit", s3BucketName = "audit-logs")
    static class SequentialClocks extends ClockSequence {
    }

    @Scenario
    @MockCloudTrail(clock = "2024-03-01T12:00:00Z", lookupWindowDays = 0, isolation = Isolation.ENDPOINT_PER_METHOD)
    @SeedTrail(name = "audit", s3BucketName = "audit-logs")
    static class SequentialClocksPerEndpoint extends ClockSequence {
    }

    @Scenario
    @SeedTrail(name = "audit", s3BucketName = "audit-logs")
    static class SequentialClocksFromTheBuilder extends ClockSequence {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .clock(CLASS_CLOCK)
                .lookupWindowDays(0)
                .build();
    }

    @Scenario
    @MockCloudTrail(clock = "2024-03-01T12:00:00Z", isolation = Isolation.SHARED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedClock {
        @Test
        @Order(1)
        @FixedClock("2020-01-01T00:00:00Z")
        void fixesTheClock(CloudTrailMock mock) {
            mock.clock().advance(Duration.ofHours(1));
        }

        @Test
        @Order(2)
        void findsItWhereTheFirstTestLeftIt(CloudTrailMock mock) {
            assertThat(mock.clock().instant()).isEqualTo(FIXED_BY_ANNOTATION.plus(Duration.ofHours(1)));
        }
    }
}
