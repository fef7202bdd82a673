package io.github.mockcloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MockClockTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void followsSystemTimeByDefault() {
        MockClock clock = MockClock.systemTime();

        Instant before = Instant.now();
        Instant read = clock.instant();
        Instant after = Instant.now();

        assertThat(read).isBetween(before, after);
        assertThat(clock.isFixed()).isFalse();
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void standsStillWhenFixedAndMovesWhenAdvanced() {
        MockClock clock = MockClock.fixedAt(NOON);

        assertThat(clock.instant()).isEqualTo(NOON);
        assertThat(clock.advance(Duration.ofMinutes(90)).instant()).isEqualTo(Instant.parse("2024-03-01T13:30:00Z"));
        assertThat(clock.advance(Duration.ofHours(-2)).instant()).isEqualTo(Instant.parse("2024-03-01T11:30:00Z"));
        assertThat(clock.fixAt(NOON).millis()).isEqualTo(NOON.toEpochMilli());
        assertThat(clock.isFixed()).isTrue();
    }

    @Test
    void advancingSystemTimeRunsAheadOfIt() {
        MockClock clock = MockClock.systemTime().advance(Duration.ofDays(1));

        Instant before = Instant.now().plus(Duration.ofDays(1));
        Instant read = clock.instant();
        Instant after = Instant.now().plus(Duration.ofDays(1));

        assertThat(read).isBetween(before, after);
        assertThat(clock.isFixed()).isFalse();
    }

    @Test
    void goesBackToSystemTime() {
        MockClock clock = MockClock.fixedAt(NOON).useSystemTime();

        assertThat(clock.isFixed()).isFalse();
        assertThat(clock.instant()).isAfter(NOON);
    }

    @Test
    void aStateRestoresTheSetting() {
        MockClock clock = MockClock.fixedAt(NOON);
        MockClock.State noon = clock.state();

        clock.useSystemTime().advance(Duration.ofHours(1));
        clock.restore(noon);

        assertThat(clock.instant()).isEqualTo(NOON);
        assertThat(clock).hasToString("MockClock[fixed at 2024-03-01T12:00:00Z]");
    }

    @Test
    void aViewInAnotherZoneMovesWithTheClock() {
        MockClock clock = MockClock.fixedAt(NOON);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(1));

        assertThat(paris.instant()).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
