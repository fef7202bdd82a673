package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.AsciiDigits;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.RandomIds;
import io.github.mockcloudtrail.engine.RequestContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Serves CloudTrail's AWS JSON 1.1 protocol: {@code POST /} with an {@code X-Amz-Target} naming the
 * operation, a SigV4 {@code Authorization} header naming the access key and Region, and a JSON body.
 *
 * <p>Every answer carries an {@code x-amzn-RequestId}. Errors are {@code {"__type": code, "message": ...}}
 * with the code repeated in {@code x-amzn-ErrorType}, which is how SDKs pick the exception class. Also
 * serves {@code POST /_mock/reset}, which empties all state, for test suites outside the JVM.
 *
 * <p>A {@link RequestRouter} picks the session of each signed request. The call goes into that session's
 * journal just before it is answered, and the session's planned faults and limits apply to it after its
 * body has been decoded.
 *
 * <p>Requests are handled on the I/O thread that read them: the engine works in memory and answers in
 * microseconds, so a hand-off to a worker pool would cost more than it saves.
 */
final class CloudTrailHttpHandler implements HttpHandler {
    static final String RESET_PATH = "/_mock/reset";
    /**
     * The largest request body the mock serves; a larger one is read to its end (within the body deadline) and
     * answered with a 413.
     */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    /** Checked in this order, the usual one first; a header's case does not matter. */
    private static final List<String> ACCEPTED_CONTENT_TYPES =
            List.of(JSON_1_1, "application/x-amz-json-1.0", "application/json");
    private static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    private static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    /**
     * The target as Smithy's awsJson1_1 protocol forms it, from the service shape's name alone: the AWS SDK for
     * JavaScript v3 sends {@code CloudTrail_20131101.CreateTrail}, where the Java SDK sends the full prefix.
     */
    private static final String SHORT_TARGET_PREFIX = "CloudTrail_20131101.";
    /** The most digits of a Content-Length the mock reads: any number of 18 digits fits in a long. */
    private static final int MAX_CONTENT_LENGTH_DIGITS = 18;
    private static final System.Logger LOG = System.getLogger(CloudTrailHttpHandler.class.getName());

    private final RequestRouter router;
    private final AwsJsonCodec codec;
    private final RequestDeadlines deadlines;
    private final RecentClient recentClient = new RecentClient();

    CloudTrailHttpHandler(RequestRouter router, AwsJsonCodec codec, RequestDeadlines deadlines) {
        this.router = router;
        this.codec = codec;
        this.deadlines = deadlines;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, RandomIds.uuid());
        try {
            route(exchange);
        } catch (CloudTrailApiException e) {
            sendError(exchange, codec, e);
        }
    }

    private void route(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        if (!path.equals("/") && !path.equals(RESET_PATH)) {
            sendError(exchange, codec, 404, ErrorCode.UNKNOWN_OPERATION.code(), "No such resource: " + path
                    + "; CloudTrail is served at POST /.");
            return;
        }
        if (!exchange.getRequestMethod().equals(Methods.POST)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "POST");
            sendError(exchange, codec, 405, ErrorCode.UNKNOWN_OPERATION.code(), "Method " + exchange.getRequestMethod()
                    + " is not allowed; CloudTrail requests are POST requests.");
            return;
        }
        if (path.equals(RESET_PATH)) {
            router.unsignedSession().engine().reset();
            sendJson(exchange, 200, new byte[] {'{', '}'});
            return;
        }
        CredentialScope scope = recentClient.scope(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        Route route = router.route(scope.accessKeyId(), scope.region());
        String operationName = operationName(target);
        PendingCall call = PendingCall.start(exchange, route, operationName);
        Operation operation = operation(target, operationName);
        requireJsonContentType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        requireKnownFraming(exchange);
        BodyDeadline deadline = BodyDeadline.pending(exchange, this::bodyTooSlow);
        exchange.getRequestReceiver().receivePartialBytes(
                new BoundedBody(MAX_BODY_BYTES, deadline, (ex, body) -> execute(ex, operation, route, call, body),
                        ex -> sendError(ex, codec, tooLarge())),
                (ex, error) -> {
                    if (deadline.disarm()) {
                        bodyUnreadable(ex, error);
                    }
                });
        deadline.startUnlessSettled(deadlines.body());
    }

    private void bodyTooSlow(HttpServerExchange exchange) {
        sendError(exchange, codec, new CloudTrailApiException(ErrorCode.REQUEST_TIMEOUT, "The request body did not"
                + " arrive within " + deadlines.body().toMillis() + " ms of its headers; the connection is closed."));
    }

    private void execute(HttpServerExchange exchange, Operation operation, Route route, PendingCall call, byte[] body) {
        call.body(body);
        guarded(exchange, operation, () -> {
            SdkRequest request = (SdkRequest) codec.decode(body, operation.newRequestBuilder());
            call.request(request);
            Optional<Fault> fault = route.session().faults().take(operation, request);
            if (fault.isEmpty()) {
                answer(exchange, operation, route, request);
            } else {
                call.fault(fault.get());
                inject(exchange, fault.get(), () -> guarded(exchange, operation,
                        () -> answer(exchange, operation, route, request)));
            }
        });
    }

    private void answer(HttpServerExchange exchange, Operation operation, Route route, SdkRequest request) {
        route.session().admit(operation, route.caller());
        SdkResponse response = route.session().engine().execute(operation, route.caller(), request,
                requestContext(exchange));
        sendJson(exchange, 200, codec.encode(response));
    }

    /** Answers as the injected fault says; a delay answers normally afterwards, through {@code answer}. */
    private void inject(HttpServerExchange exchange, Fault fault, Runnable answer) {
        if (fault instanceof Fault.Error error) {
            sendError(exchange, codec, error.error().status(), error.error().code(), error.error().message());
        } else if (fault instanceof Fault.Delay delay) {
            FaultResponder.delay(exchange, delay, answer);
        } else if (((Fault.Connection) fault).fault() == ConnectionFault.MALFORMED_JSON) {
            sendJson(exchange, 200, FaultResponder.MALFORMED_JSON.getBytes(StandardCharsets.UTF_8));
        } else {
            PendingCall.answered(exchange, 0, null);
            FaultResponder.breakConnection(exchange, ((Fault.Connection) fault).fault());
        }
    }

    /** Runs work that answers the exchange; an error it throws is answered instead. */
    private void guarded(HttpServerExchange exchange, Operation operation, Runnable work) {
        try {
            work.run();
        } catch (CloudTrailApiException e) {
            sendError(exchange, codec, e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Internal failure in " + operation.wireName(), e);
            sendError(exchange, codec, 500, ErrorCode.INTERNAL_FAILURE.code(), "Internal failure in mock-cloudtrail while"
                    + " handling " + operation.wireName() + ": " + e);
        }
    }

    /** What the engine writes into the event it records for the request; its request ID is the answer's. */
    private RequestContext requestContext(HttpServerExchange exchange) {
        return new RequestContext(recentClient.address(exchange.getSourceAddress().getAddress()),
                recentClient.userAgent(exchange.getRequestHeaders().getFirst(Headers.USER_AGENT)),
                exchange.getResponseHeaders().getFirst(REQUEST_ID));
    }

    /**
     * The operation as the target names it, for the journal: the part after either prefix, or the whole target,
     * so that a call's operation name is the same whichever prefix its client sends.
     */
    private static String operationName(String target) {
        if (target == null) {
            return "";
        }
        String prefix = targetPrefix(target);
        return prefix == null ? target : target.substring(prefix.length());
    }

    /** The prefix the target starts with, the full one or the short one, or null if neither. */
    private static String targetPrefix(String target) {
        return target.startsWith(Operation.TARGET_PREFIX) ? Operation.TARGET_PREFIX
                : target.startsWith(SHORT_TARGET_PREFIX) ? SHORT_TARGET_PREFIX : null;
    }

    /** The operation the target names, from its {@link #operationName}. */
    private static Operation operation(String target, String name) {
        if (target == null || target.isBlank()) {
            throw new CloudTrailApiException(ErrorCode.UNKNOWN_OPERATION,
                    "Missing X-Amz-Target header; expected " + Operation.TARGET_PREFIX + "<Operation>.");
        }
        if (targetPrefix(target) == null) {
            throw new CloudTrailApiException(ErrorCode.UNKNOWN_OPERATION,
                    "Unknown target '" + target + "'; expected " + Operation.TARGET_PREFIX + "<Operation>.");
        }
        return Operation.fromWireName(name).orElseThrow(() -> new CloudTrailApiException(
                ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + name + "."));
    }

    /** The media type, before any parameter and without the blanks around it, must be one of the accepted ones. */
    private static void requireJsonContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        int end = contentType.indexOf(';');
        end = end < 0 ? contentType.length() : end;
        int start = 0;
        while (start < end && contentType.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && contentType.charAt(end - 1) <= ' ') {
            end--;
        }
        for (String accepted : ACCEPTED_CONTENT_TYPES) {
            if (end - start == accepted.length() && contentType.regionMatches(true, start, accepted, 0, end - start)) {
                return;
            }
        }
        throw new CloudTrailApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + contentType + " is not supported; send " + JSON_1_1 + ".");
    }

    /**
     * Undertow reads any Transfer-Encoding but identity as chunked, so a body sent with another coding would be
     * misread, or wait for chunks that never come; and its body receiver fails on a Content-Length of more
     * digits than a long holds, which its header parser lets through.
     */
    private static void requireKnownFraming(HttpServerExchange exchange) {
        String coding = exchange.getRequestHeaders().getLast(Headers.TRANSFER_ENCODING);
        if (coding != null && !coding.equalsIgnoreCase("chunked") && !coding.equalsIgnoreCase("identity")) {
            exchange.setPersistent(false);
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "Transfer-Encoding " + coding
                    + " is not supported; send the body with a Content-Length, or chunked.");
        }
        String length = exchange.getRequestHeaders().getFirst(Headers.CONTENT_LENGTH);
        if (length != null && (length.isEmpty() || length.length() > MAX_CONTENT_LENGTH_DIGITS
                || !AsciiDigits.all(length, 0, length.length()))) {
            exchange.setPersistent(false);
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "Content-Length "
                    + (length.length() > 40 ? length.substring(0, 40) + "..." : length)
                    + " is not a number of bytes the mock can read.");
        }
    }

    private void bodyUnreadable(HttpServerExchange exchange, IOException error) {
        exchange.setPersistent(false);
        if (!exchange.isResponseStarted()) {
            sendError(exchange, codec, new CloudTrailApiException(ErrorCode.SERIALIZATION,
                    "The request body could not be read: " + error.getMessage()));
        }
    }

    private static CloudTrailApiException tooLarge() {
        return new CloudTrailApiException(ErrorCode.REQUEST_ENTITY_TOO_LARGE,
                "Request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }

    /** Answers with the error's code, its HTTP status and its message. */
    static void sendError(HttpServerExchange exchange, AwsJsonCodec codec, CloudTrailApiException error) {
        sendError(exchange, codec, error.errorCode().httpStatus(), error.errorCode().code(), error.getMessage());
    }

    /**
     * Answers with an AWS JSON error: the status, {@code {"__type": code, "message": message}} and the code in
     * {@code x-amzn-ErrorType}, from which SDKs pick their exception class.
     */
    static void sendError(HttpServerExchange exchange, AwsJsonCodec codec, int status, String code, String message) {
        exchange.getResponseHeaders().put(ERROR_TYPE, code);
        sendJson(exchange, status, codec.encodeError(code, message));
    }

    private static void sendJson(HttpServerExchange exchange, int status, byte[] body) {
        PendingCall.answered(exchange, status, exchange.getResponseHeaders().getFirst(ERROR_TYPE));
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON_1_1);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
