package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.RecordedCall;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A call on its way through the server, attached to its exchange: what is known about it is filled in as
 * the request is read, and it goes into its session's journal just before the answer is sent, so a test
 * that has the answer always finds the call in the journal.
 */
final class PendingCall {
    private static final AttachmentKey<PendingCall> KEY = AttachmentKey.create(PendingCall.class);

    private final Route route;
    private final String operationName;
    private final long sequence;
    private final Instant time;
    private String body = "";
    private SdkRequest request;
    private Fault fault;
    private boolean recorded;

    private PendingCall(Route route, String operationName) {
        this.route = route;
        this.operationName = operationName;
        this.sequence = route.session().journal().nextSequence();
        this.time = route.session().now();
    }

    /** Starts recording the exchange's call for the route's session. */
    static PendingCall start(HttpServerExchange exchange, Route route, String operationName) {
        PendingCall call = new PendingCall(route, operationName);
        exchange.putAttachment(KEY, call);
        return call;
    }

    /** Records the exchange's call, if it is being recorded, with the answer about to be sent. */
    static void answered(HttpServerExchange exchange, int status, String errorCode) {
        PendingCall call = exchange.getAttachment(KEY);
        if (call != null) {
            call.record(status, errorCode);
        }
    }

    void body(byte[] bytes) {
        this.body = new String(bytes, StandardCharsets.UTF_8);
    }

    void request(SdkRequest decoded) {
        this.request = decoded;
    }

    void fault(Fault injected) {
        this.fault = injected;
    }

    /** Records the call; only the first answer counts. */
    synchronized void record(int status, String errorCode) {
        if (recorded) {
            return;
        }
        recorded = true;
        route.session().journal().record(new RecordedCall(sequence, operationName, body, request, status, errorCode,
                route.caller().accessKeyId(), route.caller().accountId(), route.caller().region(), time, fault));
    }
}
