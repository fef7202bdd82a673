package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A data resource of a {@link SeedEventSelector}: a type and the ARNs or ARN prefixes to log data events for.
 *
 * <pre>{@code
 * @SeedDataResource(type = "AWS::S3::Object", values = {"arn:aws:s3:::payroll/", "arn:aws:s3:::hr/reviews/"})
 * @SeedDataResource(type = "AWS::Lambda::Function", values = "arn:aws:lambda")
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SeedDataResource {

    /** {@return {@code AWS::S3::Object}, {@code AWS::Lambda::Function} or {@code AWS::DynamoDB::Table}} */
    String type();

    /**
     * S3: {@code arn:aws:s3:::} (all buckets) or {@code arn:aws:s3:::bucket/} plus an optional object prefix;
     * Lambda and DynamoDB: {@code arn:aws:lambda} / {@code arn:aws:dynamodb} (all) or an exact ARN.
     *
     * @return the values
     */
    String[] values();
}
