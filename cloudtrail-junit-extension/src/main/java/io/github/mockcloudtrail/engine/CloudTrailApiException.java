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
    /** The error code the mock answers with. */
    private final ErrorCode errorCode;

    /**
     * A rejection with an error code and the message CloudTrail would give.
     *
     * @param errorCode the error code
     * @param message what was wrong with the request
     */
    public CloudTrailApiException(ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    /** {@return the error code the mock answers with} */
    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String toString() {
        return errorCode.code() + ": " + getMessage();
    }
}
