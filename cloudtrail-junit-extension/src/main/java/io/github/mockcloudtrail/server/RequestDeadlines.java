package io.github.mockcloudtrail.server;

import java.time.Duration;

/**
 * How long the server waits for a request a client has begun to send, so that a stalled or abandoned
 * request (a client that died half way, or one that trickles bytes to hold the connection) cannot hold a
 * connection for ever. A connection with no request in progress is not timed out: clients keep their own
 * pools of idle connections, and closing those under them would break their next call.
 *
 * <ul>
 *   <li>{@code headers}: from the first byte of a request until its last header; past it Undertow closes the
 *       connection without an answer (there is no request yet to answer).</li>
 *   <li>{@code body}: from the end of the headers until the last byte of the body; past it the server answers
 *       {@code 408 RequestTimeoutException} and closes the connection.</li>
 * </ul>
 *
 * <pre>{@code
 * CloudTrailServer.start(engine, 0, new RequestDeadlines(Duration.ofMillis(300), Duration.ofMillis(300)));
 * }</pre>
 *
 * @param headers the longest a request's line and headers may take to arrive
 * @param body the longest a request's body may take to arrive, once its headers have
 */
record RequestDeadlines(Duration headers, Duration body) {
    /** Generous for any real client on the loopback interface, which sends a request in milliseconds. */
    static final RequestDeadlines DEFAULTS = new RequestDeadlines(Duration.ofSeconds(10), Duration.ofSeconds(10));

    RequestDeadlines {
        if (headers.isNegative() || headers.isZero() || body.isNegative() || body.isZero()) {
            throw new IllegalArgumentException("Request deadlines must be positive: " + headers + ", " + body);
        }
    }
}
