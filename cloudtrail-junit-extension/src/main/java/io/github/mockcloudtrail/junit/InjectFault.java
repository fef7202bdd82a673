package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Operation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A fault the mock injects into the calls of one test: set exactly one of {@link #errorCode()},
 * {@link #delayMillis()} or {@link #connection()}. The annotation form of
 * {@code mock.faults().on(...)}; repeatable, and the first matching fault fires.
 *
 * <pre>{@code
 * @Test
 * @InjectFault(operation = Operation.START_LOGGING, errorCode = "ThrottlingException", times = 2)
 * void retriesThrottledCalls(CloudTrailClientBuilder builder) { ... }
 *
 * @Test
 * @InjectFault(operation = Operation.GET_TRAIL_STATUS, connection = ConnectionFault.RESET)
 * void survivesAResetConnection(CloudTrailClient client) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(InjectFaults.class)
public @interface InjectFault {

    /** {@return the operation whose calls the fault hits} */
    Operation operation();

    /** {@return how many calls the fault hits, then the mock answers normally again} */
    int times() default 1;

    /**
     * Hits every matching call instead of {@link #times()} calls.
     *
     * @return whether the fault hits every matching call
     */
    boolean always() default false;

    /**
     * Answers with this AWS error code, such as {@code ThrottlingException} or {@code InternalFailure}.
     *
     * @return the error code; empty for a fault that is not an error
     */
    String errorCode() default "";

    /** {@return the HTTP status of the {@link #errorCode()} answer} */
    int status() default 400;

    /** {@return the message of the {@link #errorCode()} answer; empty means a message naming this annotation} */
    String message() default "";

    /**
     * Answers normally after this many milliseconds.
     *
     * @return the delay in milliseconds; 0 for none
     */
    long delayMillis() default 0;

    /** {@return the longest delay in milliseconds; with {@link #delayMillis()}, each call waits a random time between the two} */
    long maxDelayMillis() default 0;

    /**
     * Breaks the connection instead of answering; give one value.
     *
     * @return how the connection breaks; empty for a fault that does not break it
     */
    ConnectionFault[] connection() default {};

    /**
     * Hits only requests this predicate accepts; it gets the decoded SDK request and needs a no-argument
     * constructor.
     *
     * @return the predicate's class
     */
    Class<? extends Predicate<SdkRequest>> when() default AnyRequest.class;

    /**
     * The default {@link #when()}: every request.
     *
     * <pre>{@code
     * new InjectFault.AnyRequest().test(request);   // true
     * }</pre>
     */
    final class AnyRequest implements Predicate<SdkRequest> {
        @Override
        public boolean test(SdkRequest request) {
            return true;
        }
    }
}
