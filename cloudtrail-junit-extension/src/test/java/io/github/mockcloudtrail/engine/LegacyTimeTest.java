package io.github.mockcloudtrail.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The legacy status times read as the ISO-8601 formatter writes them, to the second. */
class LegacyTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T12:34:56.789Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
            "0999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
            "-0001-06-15T08:09:10Z", "2000-02-29T00:00:00.5Z"})
    void writesWhatTheIsoFormatterWrites(String instant) {
        Instant time = Instant.parse(instant);

        assertThat(LegacyTime.of(time)).isEqualTo(iso(time));
    }

    @Test
    void writesWhatTheIsoFormatterWritesForRandomTimes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            Instant time = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000));
            assertThat(LegacyTime.of(time)).as(time.toString()).isEqualTo(iso(time));
        }
    }

    @Test
    void hasNoTextForNoTime() {
        assertThat(LegacyTime.of(null)).isNull();
    }

    private static String iso(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
