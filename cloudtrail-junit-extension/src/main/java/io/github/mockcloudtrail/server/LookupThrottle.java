package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * CloudTrail's LookupEvents rate limit: "two per second, per account, per region. If this limit is
 * exceeded, a throttling error occurs" (the current SDK reference). A call is let through when fewer than
 * two calls of the same account and Region were let through in the second before it; throttled calls do
 * not count. Time is the mock's clock, so tests can step it instead of sleeping.
 */
final class LookupThrottle {
    static final int CALLS_PER_WINDOW = 2;
    static final Duration WINDOW = Duration.ofSeconds(1);

    private final Map<String, Deque<Instant>> admitted = new HashMap<>();

    /** @throws CloudTrailApiException {@code ThrottlingException} when the caller is over the limit */
    synchronized void admit(Caller caller, Instant now) {
        Deque<Instant> recent = admitted.computeIfAbsent(caller.accountId() + " " + caller.region(),
                key -> new ArrayDeque<>());
        Instant windowStart = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
        if (recent.size() >= CALLS_PER_WINDOW) {
            throw new CloudTrailApiException(ErrorCode.THROTTLING, "Rate exceeded: LookupEvents allows "
                    + CALLS_PER_WINDOW + " calls per second per account and Region.");
        }
        recent.addLast(now);
    }
}
