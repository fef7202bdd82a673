package io.github.mockcloudtrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mock's clock: every timestamp the mock writes (trail logging times, recorded events, public-key
 * validity) and the 90-day window of {@code LookupEvents} come from it.
 *
 * <p>It follows system time until a test fixes it at an instant; it can be advanced by a duration
 * either way (on system time it then runs that far ahead), and put back on system time. It is
 * thread-safe, always in UTC, and a change is seen by the next request.
 *
 * <pre>{@code
 * MockClock clock = mock.clock();
 * clock.fixAt(Instant.parse("2024-03-01T12:00:00Z"));
 * cloudTrail.stopLogging(r -> r.name("audit"));      // recorded at 12:00:00
 * clock.advance(Duration.ofHours(25));
 * clock.useSystemTime();
 * }</pre>
 */
public final class MockClock extends Clock {
    private static final Clock SYSTEM = Clock.systemUTC();

    private final AtomicReference<State> state;

    private MockClock(State initial) {
        this.state = new AtomicReference<>(initial);
    }

    /**
     * A clock on system time.
     *
     * @return a new clock
     */
    public static MockClock systemTime() {
        return new MockClock(State.SYSTEM);
    }

    /**
     * A clock standing still at the given instant until it is moved.
     *
     * @param instant where the clock stands
     * @return a new clock
     */
    public static MockClock fixedAt(Instant instant) {
        return new MockClock(new State(Objects.requireNonNull(instant, "instant"), Duration.ZERO));
    }

    @Override
    public Instant instant() {
        State current = state.get();
        return current.fixed != null ? current.fixed : SYSTEM.instant().plus(current.offset);
    }

    /**
     * Stops the clock at the given instant.
     *
     * @param instant where the clock stands from now on
     * @return this clock
     */
    public MockClock fixAt(Instant instant) {
        state.set(new State(Objects.requireNonNull(instant, "instant"), Duration.ZERO));
        return this;
    }

    /**
     * Moves the clock by the duration (backwards when negative); on system time it then runs ahead by it.
     *
     * @param duration how far to move the clock
     * @return this clock
     */
    public MockClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        state.updateAndGet(current -> current.fixed != null
                ? new State(current.fixed.plus(duration), Duration.ZERO)
                : new State(null, current.offset.plus(duration)));
        return this;
    }

    /**
     * Puts the clock back on system time, without any offset.
     *
     * @return this clock
     */
    public MockClock useSystemTime() {
        state.set(State.SYSTEM);
        return this;
    }

    /** {@return whether the clock stands still} */
    public boolean isFixed() {
        return state.get().fixed != null;
    }

    /**
     * The clock's setting, to {@link #restore} later (the extension does so before every test method).
     *
     * @return the current setting
     */
    public State state() {
        return state.get();
    }

    /**
     * Puts the clock back to a setting taken with {@link #state()}.
     *
     * @param saved a setting taken earlier
     */
    public void restore(State saved) {
        state.set(Objects.requireNonNull(saved, "saved"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone; it moves with this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        MockClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public String toString() {
        State current = state.get();
        return current.fixed != null ? "MockClock[fixed at " + current.fixed + "]"
                : current.offset.isZero() ? "MockClock[system time]" : "MockClock[system time " + current.offset + "]";
    }

    /**
     * An immutable clock setting: a fixed instant, or system time shifted by an offset.
     *
     * <pre>{@code
     * MockClock.State before = clock.state();
     * clock.advance(Duration.ofDays(1));
     * clock.restore(before);
     * }</pre>
     */
    public static final class State {
        static final State SYSTEM = new State(null, Duration.ZERO);

        private final Instant fixed;
        private final Duration offset;

        private State(Instant fixed, Duration offset) {
            this.fixed = fixed;
            this.offset = offset;
        }

        @Override
        public String toString() {
            return fixed != null ? "fixed at " + fixed : "system time + " + offset;
        }
    }
}
