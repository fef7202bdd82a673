package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The clock and event-history settings of a mock, from {@link MockCloudTrail} or
 * {@code MockCloudTrailExtension.builder()}; a bad value fails in the words of where it was written.
 *
 * <pre>{@code
 * new HistorySettings(Instant.parse("2024-03-01T12:00:00Z"), 0, true, 100_000, false).applyTo(options, complaint);
 * }</pre>
 *
 * @param clock the instant the mock's clock stands at; {@code null} for system time
 * @param lookupWindowDays how many days back {@code LookupEvents} looks; 0 for no limit
 * @param recordCalls whether the mock records its own API calls as events
 * @param recordedEventsCap the most recorded events kept per account and Region
 * @param seededEventsCountAgainstCap whether seeded events count against the cap
 */
record HistorySettings(Instant clock, int lookupWindowDays, boolean recordCalls, int recordedEventsCap,
        boolean seededEventsCountAgainstCap) {

    /** The annotation's settings; its clock must be empty or an ISO-8601 instant. */
    static HistorySettings of(MockCloudTrail annotation, MockSettings.Complaint complaint) {
        Instant clock = null;
        if (!annotation.clock().isEmpty()) {
            try {
                clock = Instant.parse(annotation.clock());
            } catch (DateTimeParseException e) {
                throw complaint.about("clock", "\"" + annotation.clock() + "\"", "is not an ISO-8601 instant such as"
                        + " 2024-03-01T12:00:00Z.");
            }
        }
        return new HistorySettings(clock, annotation.lookupWindowDays(), annotation.recordCalls(),
                annotation.recordedEventsCap(), annotation.seededEventsCountAgainstCap());
    }

    /** Checks the settings and puts them into engine options; the clock is a new {@link MockClock}. */
    void applyTo(EngineOptions.Builder options, MockSettings.Complaint complaint) {
        if (lookupWindowDays < 0) {
            throw complaint.about("lookupWindowDays", String.valueOf(lookupWindowDays),
                    "must be 0 (no window) or a number of days.");
        }
        if (recordedEventsCap < 1) {
            throw complaint.about("recordedEventsCap", String.valueOf(recordedEventsCap), "must be at least 1.");
        }
        options.clock(clock == null ? MockClock.systemTime() : MockClock.fixedAt(clock))
                .lookupWindow(Duration.ofDays(lookupWindowDays))
                .recordCalls(recordCalls)
                .recordedEventsCap(recordedEventsCap)
                .seededEventsCountAgainstCap(seededEventsCountAgainstCap);
    }

    /** An ISO-8601 instant, or a configuration error naming where it was written. */
    static Instant instant(String text, String what) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException(what + " is not an ISO-8601 instant such as"
                    + " 2024-03-01T12:00:00Z.", e);
        }
    }
}
