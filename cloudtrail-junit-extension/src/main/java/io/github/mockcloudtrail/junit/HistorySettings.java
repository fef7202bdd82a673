package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads the clock and event-history attributes of {@link MockCloudTrail}, failing with the attribute's name. */
final class HistorySettings {
    private HistorySettings() {
    }

    static void apply(MockCloudTrail annotation, String where, EngineOptions.Builder options) {
        options.clock(annotation.clock().isEmpty() ? MockClock.systemTime()
                : MockClock.fixedAt(instant(annotation.clock(), "@MockCloudTrail(clock = \"" + annotation.clock()
                        + "\")" + where)));
        if (annotation.lookupWindowDays() < 0) {
            throw new ExtensionConfigurationException("@MockCloudTrail(lookupWindowDays = "
                    + annotation.lookupWindowDays() + ")" + where + " must be 0 (no window) or a number of days.");
        }
        if (annotation.recordedEventsCap() < 1) {
            throw new ExtensionConfigurationException("@MockCloudTrail(recordedEventsCap = "
                    + annotation.recordedEventsCap() + ")" + where + " must be at least 1.");
        }
        options.lookupWindow(Duration.ofDays(annotation.lookupWindowDays()))
                .recordCalls(annotation.recordCalls())
                .recordedEventsCap(annotation.recordedEventsCap())
                .seededEventsCountAgainstCap(annotation.seededEventsCountAgainstCap());
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
