package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuietLoggingTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.xnio", "io.undertow", "org.jboss.threads"})
    void quietsAnUnconfiguredServerLoggerToWarning(String name) {
        assertThat(levelAfterApply(name, null)).isEqualTo(Level.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.xnio", "io.undertow", "org.jboss.threads"})
    void keepsALevelTheUserConfigured(String name) {
        assertThat(levelAfterApply(name, Level.FINE)).isEqualTo(Level.FINE);
    }

    /** The logger's level after {@link QuietLogging#apply()}, when it was configured with the given level. */
    private static Level levelAfterApply(String name, Level configured) {
        Logger logger = Logger.getLogger(name);
        Level original = logger.getLevel();
        try {
            logger.setLevel(configured);
            QuietLogging.apply();
            return logger.getLevel();
        } finally {
            logger.setLevel(original);
        }
    }
}
