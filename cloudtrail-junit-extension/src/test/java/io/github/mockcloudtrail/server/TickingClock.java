package io.github.mockcloudtrail.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one millisecond forward each time it is read, from many threads at once: no two readings
 * are equal, so a timestamp the mock writes (a trail's StartLoggingTime, say) names the one change that wrote
 * it, and later changes have later timestamps.
 *
 * <pre>{@code
 * CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.builder().clock(new TickingClock(Instant.now())).build());
 * }</pre>
 */
final class TickingClock extends Clock {
    private final AtomicLong millis;

    TickingClock(Instant start) {
        millis = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.incrementAndGet());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A ticking clock is in UTC");
    }
}
