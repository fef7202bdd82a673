package io.github.mockcloudtrail.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The deprecated string form of {@code GetTrailStatus} times ({@code TimeLoggingStarted}, {@code TimeLoggingStopped}):
 * ISO-8601 UTC to the second, as {@link DateTimeFormatter#ISO_INSTANT} writes it; written by hand for four-digit
 * years, where the formatter would cost more than the rest of a {@code StartLogging} call. A trail keeps
 * the text from the time it changes, so status calls do not make it.
 *
 * <pre>{@code
 * LegacyTime.of(Instant.parse("2024-03-01T12:34:56.789Z")); // "2024-03-01T12:34:56Z"
 * }</pre>
 */
final class LegacyTime {
    private LegacyTime() {
    }

    static String of(Instant time) {
        if (time == null) {
            return null;
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
        }
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        digits(text, 0, utc.getYear(), 4);
        digits(text, 5, utc.getMonthValue(), 2);
        digits(text, 8, utc.getDayOfMonth(), 2);
        digits(text, 11, utc.getHour(), 2);
        digits(text, 14, utc.getMinute(), 2);
        digits(text, 17, utc.getSecond(), 2);
        return new String(text);
    }

    /** Writes a non-negative value into its zero-padded place. */
    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            text[i] = (char) ('0' + value % 10);
        }
    }
}
