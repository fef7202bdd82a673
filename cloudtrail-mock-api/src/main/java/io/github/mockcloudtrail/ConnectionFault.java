package io.github.mockcloudtrail;

/**
 * A broken connection instead of an answer, as networks and overloaded services produce them.
 *
 * <pre>{@code
 * mock.faults().on(Operation.START_LOGGING).once().connection(ConnectionFault.RESET);
 * }</pre>
 */
public enum ConnectionFault {
    /** The connection is reset (TCP RST) after the request was read; the client sees "Connection reset". */
    RESET,
    /** The connection is closed after the request was read, without an answer. */
    EMPTY_RESPONSE,
    /** HTTP 200 with a body that is not valid JSON, cut off halfway. */
    MALFORMED_JSON
}
