package io.github.mockcloudtrail.engine;

/**
 * An error CloudTrail answers with: a code, its HTTP status and a message that says what was wrong.
 *
 * <p>The engine throws it for every rejected request; the server renders it as an AWS JSON error.
 *
 * <pre>{@code
 * try {
 *     engine.execute(Operation.GET_TRAIL, caller, request);
 * } catch (CloudTrailApiException e) {
 *     assert e.errorCode() == ErrorCode.TRAIL_NOT_FOUND;
 * }
 * }</pre>
 */
public class CloudTrailApiException extends RuntimeException {
    private final ErrorCode errorCode;

    public CloudTrailApiException(ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String toString() {
        return errorCode.code() + ": " + getMessage();
    }
}
