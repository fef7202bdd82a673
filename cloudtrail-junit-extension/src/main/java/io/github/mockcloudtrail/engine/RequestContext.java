package io.github.mockcloudtrail.engine;

import java.util.Objects;
import java.util.UUID;

/**
 * What only the transport knows about a request, which CloudTrail writes into the event it records for
 * it: where it came from, the client's User-Agent, and the request ID the answer carries in
 * {@code x-amzn-RequestId}.
 *
 * <pre>{@code
 * RequestContext context = new RequestContext("127.0.0.1", "aws-cli/2.15.0", "2f1c3b7e-...");
 * engine.execute(Operation.START_LOGGING, caller, request, context);
 * }</pre>
 *
 * @param sourceIpAddress the client's address, as {@code sourceIPAddress}
 * @param userAgent the client's {@code User-Agent}, as {@code userAgent}
 * @param requestId the request ID, as {@code requestID}
 */
public record RequestContext(String sourceIpAddress, String userAgent, String requestId) {
    /** The User-Agent of calls made in-process, without HTTP. */
    public static final String IN_PROCESS_USER_AGENT = "mock-cloudtrail/in-process";

    /**
     * Checks that every member is given.
     *
     * @param sourceIpAddress the client's address
     * @param userAgent the client's {@code User-Agent}
     * @param requestId the request ID
     */
    public RequestContext {
        Objects.requireNonNull(sourceIpAddress, "sourceIpAddress");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** {@return the context of a call made in-process: loopback address, {@link #IN_PROCESS_USER_AGENT}, a new request ID} */
    public static RequestContext inProcess() {
        return new RequestContext("127.0.0.1", IN_PROCESS_USER_AGENT, UUID.randomUUID().toString());
    }
}
