package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.RequestContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
    private static final Set<String> ACCEPTED_CONTENT_TYPES =
            Set.of(JSON_1_1, "application/x-amz-json-1.0", "application/json");
    private static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    private static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    /**
     * The target as Smithy's awsJson1_1 protocol forms it, from the service shape's name alone: the AWS SDK for
     * JavaScript v3 sends {@code CloudTrail_20131101.CreateTrail}, where the Java SDK sends the full prefix.
     */
    private static final String SHORT_TARGET_PREFIX = "CloudTrail_20131101.";
    private static final System.Logger LOG = System.getLogger(CloudTrailHttpHandler.class.getName());

    private final CloudTrailEngine engine;
    private final AwsJsonCodec codec;
    private final RequestDeadlines deadlines;

    CloudTrailHttpHandler(CloudTrailEngine engine, AwsJsonCodec codec) {
        this(engine, codec, RequestDeadlines.DEFAULTS);
    }

    CloudTrailHttpHandler(CloudTrailEngine engine, AwsJsonCodec codec, RequestDeadlines deadlines) {
        this.engine = engine;
        this.codec = codec;
        this.deadlines = deadlines;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, UUID.randomUUID().toString());
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
            engine.reset();
            sendJson(exchange, 200, new byte[] {'{', '}'});
            return;
        }
        CredentialScope scope = CredentialScope.parse(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        Operation operation = operation(exchange.getRequestHeaders().getFirst(TARGET));
        requireJsonContentType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        requireKnownFraming(exchange);
        Caller caller = engine.callerFor(scope.accessKeyId(), scope.region());
        BodyDeadline deadline = BodyDeadline.arm(exchange, deadlines.body(), this::bodyTooSlow);
        exchange.getRequestReceiver().receivePartialBytes(
                new BoundedBody(MAX_BODY_BYTES, deadline, (ex, body) -> execute(ex, operation, caller, body),
                        ex -> sendError(ex, codec, tooLarge())),
                (ex, error) -> {
                    if (deadline.disarm()) {
                        bodyUnreadable(ex, error);
                    }
                });
    }

    private void bodyTooSlow(HttpServerExchange exchange) {
        sendError(exchange, codec, new CloudTrailApiException(ErrorCode.REQUEST_TIMEOUT, "The request body did not"
                + " arrive within " + deadlines.body().toMillis() + " ms of its headers; the connection is closed."));
    }

    private void execute(HttpServerExchange exchange, Operation operation, Caller caller, byte[] body) {
        try {
            SdkRequest request = (SdkRequest) codec.decode(body, operation.newRequestBuilder());
            SdkResponse response = engine.execute(operation, caller, request, requestContext(exchange));
            sendJson(exchange, 200, codec.encode(response));
        } catch (CloudTrailApiException e) {
            sendError(exchange, codec, e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Internal failure in " + operation.wireName(), e);
            sendError(exchange, codec, 500, ErrorCode.INTERNAL_FAILURE.code(), "Internal failure in mock-cloudtrail while"
                    + " handling " + operation.wireName() + ": " + e);
        }
    }

    /** What the engine writes into the event it records for the request; its request ID is the answer's. */
    private static RequestContext requestContext(HttpServerExchange exchange) {
        String userAgent = exchange.getRequestHeaders().getFirst(Headers.USER_AGENT);
        return new RequestContext(exchange.getSourceAddress().getAddress().getHostAddress(),
                userAgent == null ? "" : userAgent, exchange.getResponseHeaders().getFirst(REQUEST_ID));
    }

    private static Operation operation(String target) {
        if (target == null || target.isBlank()) {
            throw new CloudTrailApiException(ErrorCode.UNKNOWN_OPERATION,
                    "Missing X-Amz-Target header; expected " + Operation.TARGET_PREFIX + "<Operation>.");
        }
        String prefix = target.startsWith(Operation.TARGET_PREFIX) ? Operation.TARGET_PREFIX
                : target.startsWith(SHORT_TARGET_PREFIX) ? SHORT_TARGET_PREFIX : null;
        if (prefix == null) {
            throw new CloudTrailApiException(ErrorCode.UNKNOWN_OPERATION,
                    "Unknown target '" + target + "'; expected " + Operation.TARGET_PREFIX + "<Operation>.");
        }
        String name = target.substring(prefix.length());
        return Operation.fromWireName(name).orElseThrow(() -> new CloudTrailApiException(
                ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + name + "."));
    }

    private static void requireJsonContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_CONTENT_TYPES.contains(mediaType)) {
            throw new CloudTrailApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + contentType + " is not supported; send " + JSON_1_1 + ".");
        }
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
        if (length != null && !length.matches("\\d{1,18}")) {
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
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON_1_1);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
