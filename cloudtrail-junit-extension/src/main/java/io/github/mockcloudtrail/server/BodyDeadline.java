package io.github.mockcloudtrail.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.WorkerUtils;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xnio.XnioExecutor;

/**
 * A timer for the body of one request: if the body has not arrived whole when it fires, the request is
 * answered with an error and its connection closed. It runs on the exchange's I/O thread, the thread that
 * also delivers the body, so the timer and the body never race.
 *
 * <pre>{@code
 * BodyDeadline deadline = BodyDeadline.arm(exchange, Duration.ofSeconds(10), ex -> sendTimeout(ex));
 * exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
 *     if (deadline.disarm()) {
 *         execute(ex, body);
 *     }
 * }, ...);
 * }</pre>
 */
final class BodyDeadline implements Runnable {
    /** What to do with an exchange whose body did not arrive in time. */
    interface Expiry {
        void expired(HttpServerExchange exchange);
    }

    private final HttpServerExchange exchange;
    private final Expiry expiry;
    private XnioExecutor.Key timer;
    private boolean settled;

    private BodyDeadline(HttpServerExchange exchange, Expiry expiry) {
        this.exchange = exchange;
        this.expiry = expiry;
    }

    static BodyDeadline arm(HttpServerExchange exchange, Duration timeout, Expiry expiry) {
        BodyDeadline deadline = new BodyDeadline(exchange, expiry);
        deadline.timer = WorkerUtils.executeAfter(exchange.getIoThread(), deadline, timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        return deadline;
    }

    /**
     * Called when the body has arrived, or could not be read: stops the timer.
     *
     * @return false if the deadline had already passed and the request was answered
     */
    boolean disarm() {
        if (settled) {
            return false;
        }
        settled = true;
        timer.remove();
        return true;
    }

    @Override
    public void run() {
        if (!settled) {
            settled = true;
            // An exchange that is already answered (Undertow answers a handler's failure itself) stays as it is.
            if (!exchange.isResponseStarted()) {
                exchange.setPersistent(false);
                expiry.expired(exchange);
            }
        }
    }
}
