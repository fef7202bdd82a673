package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One field selector of a {@link SeedAdvancedEventSelector}: a field and the values of the operators it uses.
 * The attributes are named as the SDK's {@code AdvancedFieldSelector} builder names them.
 *
 * <pre>{@code
 * @SeedFieldSelector(field = "resources.ARN", startsWith = "arn:aws:s3:::payroll/", notEndsWith = ".tmp")
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SeedFieldSelector {

    /** {@code readOnly}, {@code eventSource}, {@code eventName}, {@code eventCategory}, {@code resources.type} or {@code resources.ARN}. */
    String field();

    /** The {@code Equals} values. */
    String[] equalsValue() default {};

    String[] startsWith() default {};

    String[] endsWith() default {};

    String[] notEquals() default {};

    String[] notStartsWith() default {};

    String[] notEndsWith() default {};
}
