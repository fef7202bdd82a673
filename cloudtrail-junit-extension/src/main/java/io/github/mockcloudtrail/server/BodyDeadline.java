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
 * <p>The timer starts only if the body is still on its way once the handler has asked for it: a small body
 * usually arrives with the headers and is handed over at once, and then no timer is set and cancelled.
 *
 * <pre>{@code
 * BodyDeadline deadline = BodyDeadline.pending(exchange, ex -> sendTimeout(ex));
 * exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
 *     if (deadline.disarm()) {
 *         execute(ex, body);
 *     }
 * }, ...);
 * deadline.startUnlessSettled(Duration.ofSeconds(10));
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

    /** A deadline not yet started, for the body the handler is about to ask for. */
    static BodyDeadline pending(HttpServerExchange exchange, Expiry expiry) {
        return new BodyDeadline(exchange, expiry);
    }

    /**
     * Starts the timer, unless the body has already arrived (or failed); called on the I/O thread right after the
     * handler asked for the body, before any later part of it can be delivered.
     */
    void startUnlessSettled(Duration timeout) {
        if (!settled) {
            timer = WorkerUtils.executeAfter(exchange.getIoThread(), this, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
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
        if (timer != null) {
            timer.remove();
        }
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
