package io.github.mockcloudtrail.engine.history;

/**
 * What one page of {@code LookupEvents} reads: a category, an optional key and value, events from
 * {@code minTime} to the position ({@code maxTime}, {@code maxSeq}) inclusive, arrived no later than
 * {@code watermark}.
 *
 * @param key the lookup key, or null for every event
 */
record HistoryQuery(EventCategory category, LookupKey key, String value, long minTime, long maxTime, long maxSeq,
        long watermark) {
}
