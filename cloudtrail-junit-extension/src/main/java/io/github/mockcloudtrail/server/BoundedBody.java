package io.github.mockcloudtrail.server;

import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;

/**
 * Receives a request body, keeping at most {@code limit} bytes of it. A longer body is still read to its end,
 * and dropped as it comes: a client sends its whole body before it reads the answer, and a server that closed
 * the connection under it would reset the connection and lose the answer. Read to the end, the body is answered
 * with a 413 the client can read, on a connection that stays usable. The {@link BodyDeadline} bounds how long
 * this may take; the memory it takes is bounded by the limit.
 *
 * <pre>{@code
 * exchange.getRequestReceiver().receivePartialBytes(
 *         new BoundedBody(limit, deadline, (ex, body) -> execute(ex, body), ex -> sendTooLarge(ex)), onError);
 * }</pre>
 */
final class BoundedBody implements Receiver.PartialBytesCallback {
    /** What to do with a body that arrived whole and within the limit. */
    interface Whole {
        void received(HttpServerExchange exchange, byte[] body);
    }

    /** What to do with a body that was longer than the limit. */
    interface TooLarge {
        void received(HttpServerExchange exchange);
    }

    private final int limit;
    private final BodyDeadline deadline;
    private final Whole whole;
    private final TooLarge tooLarge;
    /** The body's first part, kept as it came: most bodies come in one part, which then needs no copy. */
    private byte[] first;
    /** The parts so far once a second one came; null until then, and once the body is over the limit. */
    private ByteArrayOutputStream kept;
    private long size;

    BoundedBody(int limit, BodyDeadline deadline, Whole whole, TooLarge tooLarge) {
        this.limit = limit;
        this.deadline = deadline;
        this.whole = whole;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handle(HttpServerExchange exchange, byte[] part, boolean last) {
        size += part.length;
        if (size > limit) {
            first = null;
            kept = null;
        } else if (first == null && kept == null) {
            first = part;
        } else {
            if (kept == null) {
                kept = new ByteArrayOutputStream();
                kept.write(first, 0, first.length);
                first = null;
            }
            kept.write(part, 0, part.length);
        }
        if (last && deadline.disarm()) {
            if (size > limit) {
                tooLarge.received(exchange);
            } else {
                whole.received(exchange, kept != null ? kept.toByteArray() : first);
            }
        }
    }
}
