package io.github.mockcloudtrail.server;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server and its libraries log at WARNING and above while a suite runs. On hostile input that is a
 * failure: an exception that escaped a handler (Undertow logs it as an ERROR and may answer 500) or the mock's
 * own "Internal failure". Undertow, XNIO and JBoss Logging log through {@code java.util.logging} here.
 *
 * <pre>{@code
 * ServerWarnings warnings = ServerWarnings.attach();
 * // ... hostile requests ...
 * assertThat(warnings.logged()).isEmpty();
 * warnings.detach();
 * }</pre>
 */
final class ServerWarnings extends Handler {
    private static final List<Logger> WATCHED = List.of(Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"),
            Logger.getLogger("io.github.mockcloudtrail"));

    private final Queue<String> logged = new ConcurrentLinkedQueue<>();

    private ServerWarnings() {
        setLevel(Level.WARNING);
    }

    static ServerWarnings attach() {
        ServerWarnings warnings = new ServerWarnings();
        WATCHED.forEach(logger -> logger.addHandler(warnings));
        return warnings;
    }

    void detach() {
        WATCHED.forEach(logger -> logger.removeHandler(this));
    }

    List<String> logged() {
        return List.copyOf(logged);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            logged.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
