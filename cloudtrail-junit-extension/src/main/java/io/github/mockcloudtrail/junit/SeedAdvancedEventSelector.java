package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An advanced event selector of a seeded trail, for {@link SeedTrail#advancedEventSelectors()}: an optional
 * name and the field selectors that must all match.
 *
 * <pre>{@code
 * @SeedTrail(name = "payroll-audit", advancedEventSelectors = @SeedAdvancedEventSelector(name = "Payroll uploads",
 *         fieldSelectors = {
 *             @SeedFieldSelector(field = "eventCategory", equalsValue = "Data"),
 *             @SeedFieldSelector(field = "resources.type", equalsValue = "AWS::S3::Object"),
 *             @SeedFieldSelector(field = "resources.ARN", startsWith = "arn:aws:s3:::payroll/"),
 *             @SeedFieldSelector(field = "eventName", equalsValue = "PutObject")}))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SeedAdvancedEventSelector {

    /** {@return a descriptive name; empty means none} */
    String name() default "";

    /** {@return the conditions, all of which an event must meet} */
    SeedFieldSelector[] fieldSelectors();
}
