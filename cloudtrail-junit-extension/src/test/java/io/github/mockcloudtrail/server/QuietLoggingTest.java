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
        Logger logger = Logger.getLogger(name);
        Level configured = logger.getLevel();
        try {
            logger.setLevel(null);
            QuietLogging.apply();
            assertThat(logger.getLevel()).isEqualTo(Level.WARNING);
        } finally {
            logger.setLevel(configured);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.xnio", "io.undertow", "org.jboss.threads"})
    void keepsALevelTheUserConfigured(String name) {
        Logger logger = Logger.getLogger(name);
        Level configured = logger.getLevel();
        try {
            logger.setLevel(Level.FINE);
            QuietLogging.apply();
            assertThat(logger.getLevel()).isEqualTo(Level.FINE);
        } finally {
            logger.setLevel(configured);
        }
    }
}
