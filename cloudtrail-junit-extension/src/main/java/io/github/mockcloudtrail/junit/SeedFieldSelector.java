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

    /** {@return {@code readOnly}, {@code eventSource}, {@code eventName}, {@code eventCategory}, {@code resources.type} or {@code resources.ARN}} */
    String field();

    /** {@return the {@code Equals} values} */
    String[] equalsValue() default {};

    /** {@return the {@code StartsWith} values} */
    String[] startsWith() default {};

    /** {@return the {@code EndsWith} values} */
    String[] endsWith() default {};

    /** {@return the {@code NotEquals} values} */
    String[] notEquals() default {};

    /** {@return the {@code NotStartsWith} values} */
    String[] notStartsWith() default {};

    /** {@return the {@code NotEndsWith} values} */
    String[] notEndsWith() default {};
}
