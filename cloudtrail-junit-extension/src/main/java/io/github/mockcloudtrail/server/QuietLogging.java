package io.github.mockcloudtrail.server;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps XNIO's and Undertow's start-up greetings (logged at INFO through JBoss Logging) out of test
 * output when they end up in {@code java.util.logging}, the default when no other logging backend is on
 * the classpath. Loggers a user has configured keep their level.
 */
final class QuietLogging {
    /** Held so that the configured loggers are not garbage-collected and lose their level. */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss.threads"), Logger.getLogger("io.undertow"));

    private QuietLogging() {
    }

    static void apply() {
        for (Logger logger : QUIETED) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }
}
