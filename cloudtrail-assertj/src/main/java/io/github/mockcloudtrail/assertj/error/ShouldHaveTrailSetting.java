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

    /**
     * A single-Region trail where a multi-Region one is expected.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeMultiRegion(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be a multi-Region trail", "it is not");
    }

    /**
     * A multi-Region trail where a single-Region one is expected.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeSingleRegion(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be a single-Region trail", "it is multi-Region");
    }

    /**
     * A trail that should be an organization trail but is not.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeOrganizationTrail(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to be an organization trail", "it is not");
    }

    /**
     * An organization trail where a trail of one account is expected.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotBeOrganizationTrail(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "not to be an organization trail", "it is one");
    }

    /**
     * A trail with log file validation off, where it should be on.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveLogFileValidationEnabled(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to have log file validation enabled", "it is not");
    }

    /**
     * A trail with log file validation on, where it should be off.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveLogFileValidationDisabled(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to have log file validation disabled", "it is enabled");
    }

    /**
     * A trail that leaves global service events out.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldIncludeGlobalServiceEvents(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to include global service events", "it does not");
    }

    /**
     * A trail that includes global service events.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldExcludeGlobalServiceEvents(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "to exclude global service events", "it includes them");
    }

    /**
     * A trail that delivers to another bucket than expected.
     *
     * @param trail the trail
     * @param bucket the expected bucket
     * @return the failure message
     */
    public static ErrorMessageFactory shouldDeliverTo(Trail trail, String bucket) {
        return new ShouldHaveTrailSetting(trail, "to deliver to S3 bucket " + quote(bucket),
                "it delivers to S3 bucket " + quote(trail.s3BucketName()));
    }

    /**
     * {@code prefix} null means no key prefix.
     *
     * @param trail the trail
     * @param bucket the expected bucket
     * @param prefix the expected key prefix, or null for any
     * @return the failure message
     */
    public static ErrorMessageFactory shouldDeliverTo(Trail trail, String bucket, String prefix) {
        return new ShouldHaveTrailSetting(trail, "to deliver to " + s3Location(bucket, prefix),
                "it delivers to " + s3Location(trail.s3BucketName(), trail.s3KeyPrefix()));
    }

    /**
     * A trail not encrypted with the expected KMS key.
     *
     * @param trail the trail
     * @param kmsKey the expected key ID, alias or ARN
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeEncryptedWith(Trail trail, String kmsKey) {
        return new ShouldHaveTrailSetting(trail, "to encrypt its log files with KMS key " + quote(kmsKey),
                trail.kmsKeyId() == null ? "it does not encrypt them with a KMS key"
                        : "it uses KMS key " + quote(trail.kmsKeyId()));
    }

    /**
     * A trail encrypted with a KMS key, where it should not be.
     *
     * @param trail the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotBeEncrypted(Trail trail) {
        return new ShouldHaveTrailSetting(trail, "not to encrypt its log files with a KMS key",
                "it uses KMS key " + quote(trail.kmsKeyId()));
    }

    /**
     * A trail with another home Region than expected.
     *
     * @param trail the trail
     * @param region the expected Region
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveHomeRegion(Trail trail, String region) {
        return new ShouldHaveTrailSetting(trail, "to have home Region " + quote(region),
                "its home Region is " + quote(trail.homeRegion()));
    }

    /**
     * {@code actualTopic} is the topic the trail notifies (its ARN, else its name), or null.
     *
     * @param trail the trail
     * @param topic the expected topic name or ARN
     * @param actualTopic the trail's topic ARN, or null
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotifySnsTopic(Trail trail, String topic, String actualTopic) {
        return new ShouldHaveTrailSetting(trail, "to notify SNS topic " + quote(topic),
                actualTopic == null ? "it notifies no SNS topic" : "it notifies " + quote(actualTopic));
    }

    /**
     * A trail that does not deliver to the expected CloudWatch Logs group.
     *
     * @param trail the trail
     * @param logGroupArn the expected log group ARN
     * @return the failure message
     */
    public static ErrorMessageFactory shouldDeliverToCloudWatchLogs(Trail trail, String logGroupArn) {
        return new ShouldHaveTrailSetting(trail, "to deliver events to CloudWatch Logs log group " + quote(logGroupArn),
                trail.cloudWatchLogsLogGroupArn() == null ? "it delivers to no CloudWatch Logs log group"
                        : "it delivers to " + quote(trail.cloudWatchLogsLogGroupArn()));
    }

    private static String s3Location(String bucket, String prefix) {
        return "S3 bucket " + quote(bucket) + (prefix == null ? " with no key prefix" : " under key prefix " + quote(prefix));
    }
}
