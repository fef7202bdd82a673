package io.github.mockcloudtrail.engine;

import java.time.Instant;

/**
 * The time-range rule of {@code LookupEvents} and {@code ListPublicKeys}: a range may be a single instant,
 * but its start must not be after its end ({@code InvalidTimeRangeException}).
 *
 * <pre>{@code
 * TimeRanges.requireOrdered(request.startTime(), request.endTime());
 * }</pre>
 */
public final class TimeRanges {
    private TimeRanges() {
    }

    /**
     * @param start the start, or null when the request has none
     * @param end the end, or null when the request has none
     * @throws CloudTrailApiException {@code InvalidTimeRangeException} when the start is after the end
     */
    public static void requireOrdered(Instant start, Instant end) {
        if (start != null && end != null && start.isAfter(end)) {
            throw new CloudTrailApiException(ErrorCode.INVALID_TIME_RANGE, "StartTime " + start + " is after EndTime "
                    + end + "; the start of the time range must not be after its end.");
        }
    }
}
