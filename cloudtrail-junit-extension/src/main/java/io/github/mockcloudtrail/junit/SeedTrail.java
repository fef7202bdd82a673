package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

/**
 * A trail that exists before a test runs: on a class, for every test of the class; on a method, for
 * that test only.
 *
 * <p>The trail is created as {@code CreateTrail} would create it, called by the mock's account in the
 * mock's Region unless {@link #accountId()} or {@link #region()} say otherwise, then started when
 * {@link #logging()} is true. It passes the same validation as that call, so an invalid seed fails
 * the class (or the method) with a message that names this annotation and the broken rule.
 *
 * <pre>{@code
 * @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", s3KeyPrefix = "org",
 *         multiRegion = true, logFileValidation = true, logging = true,
 *         tags = {"owner=security", "cost-center=42"})
 * }</pre>
 *
 * <p>Selectors are put after the trail is created, through the same validation as {@code PutEventSelectors}
 * and {@code PutInsightSelectors}:
 *
 * <pre>{@code
 * @SeedTrail(name = "payroll-audit", eventSelectors = @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY,
 *         dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")),
 *         insightTypes = InsightType.API_CALL_RATE_INSIGHT)
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(SeedTrails.class)
public @interface SeedTrail {

    /** {@return the trail name} */
    String name();

    /** {@return the log bucket; empty means {@code aws-cloudtrail-logs-<account id>}} */
    String s3BucketName() default "";

    /** {@return the key prefix in the bucket; empty means none} */
    String s3KeyPrefix() default "";

    /** {@return an SNS topic name (or ARN) for delivery notifications; empty means none} */
    String snsTopicName() default "";

    /** {@return whether the trail applies to all Regions} */
    boolean multiRegion() default false;

    /** {@return whether the trail logs global service events such as IAM; CloudTrail's default is true} */
    boolean includeGlobalServiceEvents() default true;

    /** {@return whether log file integrity validation is on} */
    boolean logFileValidation() default false;

    /** {@return a KMS key ID, key ARN, alias name or alias ARN to encrypt log files with; empty means none} */
    String kmsKeyId() default "";

    /** {@return the CloudWatch Logs log group ARN (ending in {@code :*}); needs {@link #cloudWatchLogsRoleArn()}} */
    String cloudWatchLogsLogGroupArn() default "";

    /** {@return the role CloudTrail assumes to write to the log group; needs {@link #cloudWatchLogsLogGroupArn()}} */
    String cloudWatchLogsRoleArn() default "";

    /** {@return whether this is an organization trail; needs an organization on {@link MockCloudTrail}} */
    boolean organizationTrail() default false;

    /** {@return whether the trail is logging, as after {@code StartLogging}; a new trail is not} */
    boolean logging() default false;

    /** {@return tags as {@code "key=value"}; {@code "key"} alone creates a tag without a value} */
    String[] tags() default {};

    /** {@return the trail's home Region; empty means the mock's Region} */
    String region() default "";

    /** {@return the owning account; empty means the mock's account} */
    String accountId() default "";

    /** {@return basic event selectors, put as {@code PutEventSelectors} puts them; none keeps the default selector} */
    SeedEventSelector[] eventSelectors() default {};

    /** {@return advanced event selectors, put as {@code PutEventSelectors} puts them; a trail takes these or basic ones} */
    SeedAdvancedEventSelector[] advancedEventSelectors() default {};

    /** {@return Insights types to turn on, as {@code PutInsightSelectors} does; none leaves Insights off} */
    InsightType[] insightTypes() default {};
}
