package io.github.mockcloudtrail.engine.history;

/**
 * The kinds of events a history keeps apart. {@code LookupEvents} returns management events, or with
 * {@code EventCategory=insight} Insights events; data events are loaded with the log files that carry
 * them but, as in CloudTrail, never appear in event history.
 */
enum EventCategory {
    MANAGEMENT,
    INSIGHT,
    DATA
}
