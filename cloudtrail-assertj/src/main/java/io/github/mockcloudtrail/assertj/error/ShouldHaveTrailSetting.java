package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;

import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Failures of a trail's configuration: the expectation, what the trail does instead, and its whole
 * configuration.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveTrailSetting.shouldBeMultiRegion(trail));
 * // Expecting trail "org-audit" to be a multi-Region trail, but it is not.
 * // Configuration of trail "org-audit":
 * //   ARN: arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
 * //   home Region: us-east-1
 * //   multi-Region: no
 * //   ...</code></pre>
 */
public final class ShouldHaveTrailSetting extends CloudTrailErrorMessageFactory {

    private ShouldHaveTrailSetting(Trail trail, String expectation, String instead) {
        super(lines("Expecting " + Texts.trail(trail.name()) + " " + expectation + ", but " + instead + ".",
                Texts.configuration(trail)));
    }

    public static ErrorMessageFactory shouldBeMultiRegion(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be a multi-Region trail", "it is not");
    }

    public static ErrorMessageFactory shouldBeSingleRegion(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be a single-Region trail", "it is multi-Region");
    }

    public static ErrorMessageFactory shouldBeOrganizationTrail(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be an organization trail", "it is not");
    }

    public static ErrorMessageFactory shouldNotBeOrganizationTrail(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "not to be an organization trail", "it is one");
    }

    public static ErrorMessageFactory shouldHaveLogFileValidationEnabled(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to have log file validation enabled", "it is not");
    }

    public static ErrorMessageFactory shouldHaveLogFileValidationDisabled(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to have log file validation disabled", "it is enabled");
    }

    public static ErrorMessageFactory shouldIncludeGlobalServiceEvents(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to include global service events", "it does not");
    }

    public static ErrorMessageFactory shouldExcludeGlobalServiceEvents(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to exclude global service events", "it includes them");
    }

    public static ErrorMessageFactory shouldDeliverTo(Trail trail, String bucket) {
        return new ShouldHaveTrailSetting(trail, "to deliver to S3 bucket " + quote(bucket),
                "it delivers to S3 bucket " + quote(trail.s3BucketName()));
    }

    /** {@code prefix} null means no key prefix. */
    public static ErrorMessageFactory shouldDeliverTo(Trail trail, String bucket, String prefix) {
        return new ShouldHaveTrailSetting(trail, "to deliver to " + s3Location(bucket, prefix),
                "it delivers to " + s3Location(trail.s3BucketName(), trail.s3KeyPrefix()));
    }

    public static ErrorMessageFactory shouldBeEncryptedWith(Trail trail, String kmsKey) {
        return new ShouldHaveTrailSetting(trail, "to encrypt its log files with KMS key " + quote(kmsKey),
                trail.kmsKeyId() == null ? "it does not encrypt them with a KMS key"
                        : "it uses KMS key " + quote(trail.kmsKeyId()));
    }

    public static ErrorMessageFactory shouldNotBeEncrypted(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "not to encrypt its log files with a KMS key",
                "it uses KMS key " + quote(trail.kmsKeyId()));
    }

    public static ErrorMessageFactory shouldHaveHomeRegion(Trail trail, String region) {
        return new ShouldHaveTrailSetting(trail, "to have home Region " + quote(region),
                "its home Region is " + quote(trail.homeRegion()));
    }

    /** {@code actualTopic} is the topic the trail notifies (its ARN, else its name), or null. */
    public static ErrorMessageFactory shouldNotifySnsTopic(Trail trail, String topic, String actualTopic) {
        return new ShouldHaveTrailSetting(trail, "to notify SNS topic " + quote(topic),
                actualTopic == null ? "it notifies no SNS topic" : "it notifies " + quote(actualTopic));
    }

    public static ErrorMessageFactory shouldDeliverToCloudWatchLogs(Trail trail, String logGroupArn) {
        return new ShouldHaveTrailSetting(trail, "to deliver events to CloudWatch Logs log group " + quote(logGroupArn),
                trail.cloudWatchLogsLogGroupArn() == null ? "it delivers to no CloudWatch Logs log group"
                        : "it delivers to " + quote(trail.cloudWatchLogsLogGroupArn()));
    }

    private static String s3Location(String bucket, String prefix) {
        return "S3 bucket " + quote(bucket) + (prefix == null ? " with no key prefix" : " under key prefix " + quote(prefix));
    }
}
