package io.github.mockcloudtrail.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The deprecated string form of {@code GetTrailStatus} times ({@code TimeLoggingStarted}, {@code TimeLoggingStopped}):
 * ISO-8601 UTC to the second, as {@link DateTimeFormatter#ISO_INSTANT} writes it. Written by hand for four-digit
 * years, since every status call writes two and the formatter costs more than the rest of the call.
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
        StringBuilder text = new StringBuilder(20);
        digits(text, utc.getYear(), 4).append('-');
        digits(text, utc.getMonthValue(), 2).append('-');
        digits(text, utc.getDayOfMonth(), 2).append('T');
        digits(text, utc.getHour(), 2).append(':');
        digits(text, utc.getMinute(), 2).append(':');
        return digits(text, utc.getSecond(), 2).append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
