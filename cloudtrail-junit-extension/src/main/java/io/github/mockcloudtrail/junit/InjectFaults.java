package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link InjectFault} annotations; write {@code @InjectFault} twice instead.
 *
 * <pre>{@code
 * @InjectFault(operation = Operation.START_LOGGING, errorCode = "ThrottlingException")
 * @InjectFault(operation = Operation.STOP_LOGGING, connection = ConnectionFault.RESET)
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectFaults {

    /** {@return the faults, in the order they were written} */
    InjectFault[] value();
}
