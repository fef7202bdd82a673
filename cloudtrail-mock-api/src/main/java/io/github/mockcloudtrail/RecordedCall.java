package io.github.mockcloudtrail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;

/**
 * One API call the mock received, as its journal keeps it: what was asked, by whom, where, when, and what
 * the mock answered.
 *
 * <pre>{@code
 * RecordedCall call = mock.calls().of(Operation.STOP_LOGGING).get(0);
 * call.request(StopLoggingRequest.class).name();   // "org-trail"
 * call.status();                                   // 200
 * call.errorCode();                                // Optional.empty()
 * }</pre>
 *
 * @param sequence the order in which the mock received its calls, starting at 1; a call that was answered
 *     late (an injected delay) keeps its place
 * @param operationName the operation as the client named it in {@code X-Amz-Target}, also for operations
 *     the mock does not know
 * @param body the request body as sent (JSON); empty when the mock rejected the call before reading it
 * @param decodedRequest the body decoded into the operation's SDK request, or {@code null} when it could
 *     not be decoded
 * @param status the HTTP status answered; {@code 0} when an injected connection fault sent no answer
 * @param errorCode the error code answered, or {@code null} on success
 * @param accessKeyId the access key the request was signed with
 * @param accountId the account the request acted as
 * @param region the Region the request was signed for
 * @param time when the mock received the call, on the mock's clock
 * @param injectedFault the injected fault that shaped the answer, or {@code null}
 */
public record RecordedCall(long sequence, String operationName, String body, SdkRequest decodedRequest, int status,
        String errorCode, String accessKeyId, String accountId, String region, Instant time, Fault injectedFault) {
    /** The request members that name one trail, by name or ARN. */
    private static final List<String> TRAIL_MEMBERS = List.of("Name", "TrailName", "ResourceId");
    /** The request members that name several trails. */
    private static final List<String> TRAIL_LIST_MEMBERS = List.of("trailNameList", "ResourceIdList");

    public RecordedCall {
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(time, "time");
    }

    /** The operation called; empty for a target the mock does not know. */
    public Optional<Operation> operation() {
        return Operation.fromWireName(operationName);
    }

    /** The SDK request the body decodes to; empty when it could not be decoded. */
    public Optional<SdkRequest> request() {
        return Optional.ofNullable(decodedRequest);
    }

    /**
     * The decoded request as the given type.
     *
     * @throws IllegalStateException if the body was not decoded into that type
     */
    public <T extends SdkRequest> T request(Class<T> type) {
        if (!type.isInstance(decodedRequest)) {
            throw new IllegalStateException("Call #" + sequence + " (" + operationName + ") carries no "
                    + type.getSimpleName() + " but " + (decodedRequest == null ? "an undecodable body" : decodedRequest
                    .getClass().getSimpleName()) + ".");
        }
        return type.cast(decodedRequest);
    }

    /**
     * The trails the request names, by name or ARN as the client sent them: its {@code Name},
     * {@code TrailName} or {@code ResourceId}, or the entries of its {@code trailNameList} or
     * {@code ResourceIdList}, whichever the operation has. Empty for operations that name no trail
     * ({@code ListTrails}, {@code LookupEvents}, {@code ListPublicKeys}) and for a body that could not be
     * decoded.
     *
     * <pre>{@code
     * mock.calls().of(Operation.STOP_LOGGING).get(0).trailNames();   // ["org-audit"]
     * }</pre>
     */
    public List<String> trailNames() {
        if (decodedRequest == null) {
            return List.of();
        }
        for (String member : TRAIL_MEMBERS) {
            Optional<String> trail = decodedRequest.getValueForField(member, String.class);
            if (trail.isPresent()) {
                return List.of(trail.get());
            }
        }
        for (String member : TRAIL_LIST_MEMBERS) {
            Optional<?> trails = decodedRequest.getValueForField(member, List.class);
            if (trails.isPresent()) {
                return ((List<?>) trails.get()).stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }

    /** The error code answered; empty when the call succeeded. */
    public Optional<String> error() {
        return Optional.ofNullable(errorCode);
    }

    /** The injected fault that shaped the answer; empty when the mock answered on its own. */
    public Optional<Fault> fault() {
        return Optional.ofNullable(injectedFault);
    }

    /** Whether the mock answered with HTTP 200. */
    public boolean succeeded() {
        return status == 200;
    }

    /** One line for failure messages: {@code #3 StartLogging {"Name":"audit"} -> 200 (us-east-1, 123456789012)}. */
    @Override
    public String toString() {
        String outcome = status == 0 ? "no answer" : String.valueOf(status);
        if (errorCode != null) {
            outcome += " " + errorCode;
        }
        if (injectedFault != null) {
            outcome += " [injected: " + injectedFault + "]";
        }
        String request = body.isEmpty() ? operationName : operationName + " " + body;
        return "#" + sequence + " " + request + " -> " + outcome + " (" + region + ", " + accountId + ", key "
                + accessKeyId + ")";
    }
}
