package io.github.mockcloudtrail.server;

/**
 * How the sessions of one server record and limit calls.
 *
 * <pre>{@code
 * SessionOptions options = new SessionOptions(10_000, true);   // journal of 10,000 calls, LookupEvents throttled
 * }</pre>
 *
 * @param journalLimit the most calls a session's journal keeps; 0 turns the journal off
 * @param throttleLookupEvents whether LookupEvents is throttled as CloudTrail throttles it: two calls per
 *     second per account and Region
 */
public record SessionOptions(int journalLimit, boolean throttleLookupEvents) {
    /** The journal limit unless configured otherwise. */
    public static final int DEFAULT_JOURNAL_LIMIT = 10_000;

    /**
     * Checks that the journal limit is not negative.
     *
     * @param journalLimit the most calls kept
     * @param throttleLookupEvents whether LookupEvents is throttled
     */
    public SessionOptions {
        if (journalLimit < 0) {
            throw new IllegalArgumentException("journalLimit must be 0 (no journal) or more, not " + journalLimit + ".");
        }
    }

    /** {@return a journal of {@link #DEFAULT_JOURNAL_LIMIT} calls, no throttling} */
    public static SessionOptions defaults() {
        return new SessionOptions(DEFAULT_JOURNAL_LIMIT, false);
    }
}
