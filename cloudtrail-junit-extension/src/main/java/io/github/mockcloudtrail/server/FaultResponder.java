package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Fault;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.Options;

/**
 * Carries out the delays and connection faults of injected faults on an exchange; errors are answered by the
 * handler like any other error.
 */
final class FaultResponder {
    /** What a {@link ConnectionFault#MALFORMED_JSON} answer sends: JSON cut off in the middle of a member. */
    static final String MALFORMED_JSON = "{\"trailList\":[{\"name\":\"";

    private FaultResponder() {
    }

    /**
     * Runs {@code answer} after the fault's delay, on the exchange's I/O thread, which is free meanwhile: the
     * delay is a timer on that thread, never a sleep.
     */
    static void delay(HttpServerExchange exchange, Fault.Delay delay, Runnable answer) {
        long min = delay.min().toMillis();
        long max = delay.max().toMillis();
        long millis = min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
        exchange.dispatch(SameThreadExecutor.INSTANCE,
                () -> exchange.getIoThread().executeAfter(answer, millis, TimeUnit.MILLISECONDS));
    }

    /** Resets or closes the connection without an answer; the request has been read in full. */
    static void breakConnection(HttpServerExchange exchange, ConnectionFault fault) {
        exchange.setPersistent(false);
        if (fault == ConnectionFault.RESET) {
            try {
                // SO_LINGER 0: closing sends a TCP RST instead of a FIN.
                exchange.getConnection().setOption(Options.CLOSE_ABORT, true);
            } catch (IOException | IllegalArgumentException e) {
                // The connection is going away anyway; a plain close is the closest we can get.
            }
        }
        IoUtils.safeClose(exchange.getConnection());
    }
}
