package io.github.mockcloudtrail.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Asserts that a call through the SDK fails exactly as CloudTrail fails it: the SDK exception class (not a
 * subclass), the error code and the HTTP status. It returns an assertion on the error message, so that the
 * test goes on to check that the message names the problem.
 *
 * <pre>{@code
 * assertRejected(() -> client.getTrail(r -> r.name("nope")), TrailNotFoundException.class, "TrailNotFoundException")
 *         .contains("nope");
 * }</pre>
 */
public final class ApiErrors {
    private ApiErrors() {
    }

    /** A rejection with HTTP status 400, the status of every CloudTrail error but the authentication ones. */
    public static AbstractStringAssert<?> assertRejected(ThrowingCallable call,
            Class<? extends AwsServiceException> type, String errorCode) {
        return assertRejected(call, type, errorCode, 400);
    }

    public static AbstractStringAssert<?> assertRejected(ThrowingCallable call,
            Class<? extends AwsServiceException> type, String errorCode, int httpStatus) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the error raised by the SDK").isExactlyInstanceOf(type);
        AwsServiceException error = (AwsServiceException) thrown;
        assertThat(error.awsErrorDetails().errorCode()).as("error code").isEqualTo(errorCode);
        assertThat(error.statusCode()).as("HTTP status").isEqualTo(httpStatus);
        return assertThat(error.awsErrorDetails().errorMessage()).as("error message");
    }
}
