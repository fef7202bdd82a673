package io.github.mockcloudtrail;

import java.util.Objects;

/**
 * An AWS error to answer with: an HTTP status, an error code and a message, sent exactly as the service
 * sends its own errors, so the SDK raises the exception class it raises for that code and its retry policy
 * treats it as it would treat AWS's.
 *
 * <pre>{@code
 * AwsError.throttling();                                          // 400 ThrottlingException, retried by the SDK
 * AwsError.internalFailure();                                     // 500 InternalFailure, retried by the SDK
 * AwsError.of("TrailNotFoundException", "Unknown trail: audit");  // 400, not retried
 * AwsError.of(503, "ServiceUnavailable", "Try again later.");
 * }</pre>
 *
 * @param status the HTTP status, 400 to 599
 * @param code the error code, such as {@code ThrottlingException}
 * @param message the error message
 */
public record AwsError(int status, String code, String message) {

    /**
     * Checks the status range and that the code is not blank.
     *
     * @param status the HTTP status, 400 to 599
     * @param code the error code
     * @param message the error message
     */
    public AwsError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An AWS error needs an HTTP status from 400 to 599, not " + status + ".");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("An AWS error needs an error code.");
        }
    }

    /**
     * An error with HTTP status 400, the status of CloudTrail's own errors.
     *
     * @param code the error code, such as {@code TrailNotFoundException}
     * @param message the error message
     * @return the error
     */
    public static AwsError of(String code, String message) {
        return new AwsError(400, code, message);
    }

    /**
     * An error with any status from 400 to 599.
     *
     * @param status the HTTP status
     * @param code the error code
     * @param message the error message
     * @return the error
     */
    public static AwsError of(int status, String code, String message) {
        return new AwsError(status, code, message);
    }

    /**
     * {@code 400 ThrottlingException: Rate exceeded}, the error CloudTrail throttles with.
     *
     * @return the error
     */
    public static AwsError throttling() {
        return of("ThrottlingException", "Rate exceeded");
    }

    /**
     * {@code 500 InternalFailure}, CloudTrail's "unknown error, exception or failure".
     *
     * @return the error
     */
    public static AwsError internalFailure() {
        return of(500, "InternalFailure", "The request processing has failed because of an unknown error, exception"
                + " or failure.");
    }

    /**
     * {@code 503 ServiceUnavailable}, CloudTrail's "temporary failure of the server".
     *
     * @return the error
     */
    public static AwsError serviceUnavailable() {
        return of(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
    }

    @Override
    public String toString() {
        return status + " " + code + ": " + message;
    }
}
