package io.github.mockcloudtrail.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so that times the mock records can be asserted exactly; or,
 * {@linkplain #ticking ticking}, one that moves a step forward at each reading.
 *
 * <pre>{@code
 * SettableClock clock = new SettableClock(Instant.parse("2024-03-01T12:00:00Z"));
 * clock.advance(Duration.ofMinutes(5));
 * }</pre>
 */
public final class SettableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final Duration tick;

    public SettableClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private SettableClock(Instant start, Duration tick) {
        this.now = new AtomicReference<>(start);
        this.tick = tick;
    }

    /**
     * A clock that moves {@code tick} forward each time it is read, from many threads at once: no two readings
     * are equal, so a time the mock writes (a trail's StartLoggingTime, say) names the one change that wrote it.
     */
    public static SettableClock ticking(Instant start, Duration tick) {
        return new SettableClock(start, tick);
    }

    public void advance(Duration duration) {
        now.updateAndGet(time -> time.plus(duration));
    }

    @Override
    public Instant instant() {
        return tick.isZero() ? now.get() : now.updateAndGet(time -> time.plus(tick));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A SettableClock is always in UTC");
    }
}
