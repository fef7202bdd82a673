package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldBeEncryptedWith;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldBeMultiRegion;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldBeOrganizationTrail;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldBeSingleRegion;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldDeliverTo;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldDeliverToCloudWatchLogs;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldExcludeGlobalServiceEvents;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldHaveHomeRegion;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldHaveLogFileValidationDisabled;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldHaveLogFileValidationEnabled;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldIncludeGlobalServiceEvents;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldNotBeEncrypted;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldNotBeOrganizationTrail;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrailSetting.shouldNotifySnsTopic;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Assertions on a trail's configuration, as {@code GetTrail} or {@code DescribeTrails} returns it. Each
 * failure names the trail, says what was expected and prints the trail's configuration.
 *
 * <pre><code class='java'> assertThat(cloudTrail.getTrail(r -&gt; r.name("org-audit")))
 *     .isMultiRegion()
 *     .hasLogFileValidationEnabled()
 *     .deliversTo("audit-logs", "org/");</code></pre>
 *
 * @param <SELF> the assertion class itself
 * @param <ACTUAL> what holds the trail's configuration
 */
public abstract class AbstractTrailAssert<SELF extends AbstractTrailAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractCloudTrailAssert<SELF, ACTUAL> {

    /**
     * For subclasses: assertions on {@code actual}.
     *
     * @param actual the value to check
     * @param selfType the concrete assertion class
     */
    protected AbstractTrailAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The trail's configuration in the actual value.
     *
     * @param actual the actual value
     * @return the trail configuration it holds
     */
    protected abstract Trail trailOf(ACTUAL actual);

    /**
     * Verifies that the trail logs events of every Region ({@code IsMultiRegionTrail}).
     *
     * <pre><code class='java'> assertThat(trail).isMultiRegion();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail is a single-Region trail
     */
    public SELF isMultiRegion() {
        return checkTrail(trail -> Boolean.TRUE.equals(trail.isMultiRegionTrail()), t -> shouldBeMultiRegion(t));
    }

    /**
     * Verifies that the trail logs events of its home Region only.
     *
     * <pre><code class='java'> assertThat(trail).isSingleRegion();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail is a multi-Region trail
     */
    public SELF isSingleRegion() {
        return checkTrail(trail -> !Boolean.TRUE.equals(trail.isMultiRegionTrail()), t -> shouldBeSingleRegion(t));
    }

    /**
     * Verifies that the trail logs the events of every account of the organization ({@code IsOrganizationTrail}).
     *
     * <pre><code class='java'> assertThat(trail).isOrganizationTrail();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail is not an organization trail
     */
    public SELF isOrganizationTrail() {
        return checkTrail(trail -> Boolean.TRUE.equals(trail.isOrganizationTrail()),
                t -> shouldBeOrganizationTrail(t));
    }

    /**
     * Verifies that the trail logs the events of its own account only.
     *
     * <pre><code class='java'> assertThat(trail).isNotOrganizationTrail();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail is an organization trail
     */
    public SELF isNotOrganizationTrail() {
        return checkTrail(trail -> !Boolean.TRUE.equals(trail.isOrganizationTrail()),
                t -> shouldNotBeOrganizationTrail(t));
    }

    /**
     * Verifies that CloudTrail writes digest files with which its log files can be validated.
     *
     * <pre><code class='java'> assertThat(trail).hasLogFileValidationEnabled();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if log file validation is disabled or not set
     */
    public SELF hasLogFileValidationEnabled() {
        return checkTrail(trail -> Boolean.TRUE.equals(trail.logFileValidationEnabled()),
                t -> shouldHaveLogFileValidationEnabled(t));
    }

    /**
     * Verifies that CloudTrail writes no digest files for the trail.
     *
     * <pre><code class='java'> assertThat(trail).hasLogFileValidationDisabled();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if log file validation is enabled
     */
    public SELF hasLogFileValidationDisabled() {
        return checkTrail(trail -> !Boolean.TRUE.equals(trail.logFileValidationEnabled()),
                t -> shouldHaveLogFileValidationDisabled(t));
    }

    /**
     * Verifies that the trail logs events of global services such as IAM ({@code IncludeGlobalServiceEvents}).
     *
     * <pre><code class='java'> assertThat(trail).includesGlobalServiceEvents();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail excludes global service events, or the setting is absent
     */
    public SELF includesGlobalServiceEvents() {
        return checkTrail(trail -> Boolean.TRUE.equals(trail.includeGlobalServiceEvents()),
                t -> shouldIncludeGlobalServiceEvents(t));
    }

    /**
     * Verifies that the trail does not log events of global services such as IAM.
     *
     * <pre><code class='java'> assertThat(trail).excludesGlobalServiceEvents();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail includes global service events
     */
    public SELF excludesGlobalServiceEvents() {
        return checkTrail(trail -> Boolean.FALSE.equals(trail.includeGlobalServiceEvents()),
                t -> shouldExcludeGlobalServiceEvents(t));
    }

    /**
     * Verifies that the trail delivers its log files to this S3 bucket, whatever the key prefix.
     *
     * <pre><code class='java'> assertThat(trail).deliversTo("audit-logs");</code></pre>
     *
     * @param bucket the bucket's name
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail delivers to another bucket
     */
    public SELF deliversTo(String bucket) {
        return checkTrail(trail -> Objects.equals(bucket, trail.s3BucketName()), t -> shouldDeliverTo(t, bucket));
    }

    /**
     * Verifies that the trail delivers its log files to this S3 bucket under this key prefix.
     *
     * <pre><code class='java'> assertThat(trail).deliversTo("audit-logs", "org/");</code></pre>
     *
     * @param bucket the bucket's name
     * @param keyPrefix the key prefix; null for none
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail delivers to another bucket
     * @throws AssertionError if the trail delivers under another key prefix, or none
     */
    public SELF deliversTo(String bucket, String keyPrefix) {
        return checkTrail(trail -> Objects.equals(bucket, trail.s3BucketName()) && Objects.equals(keyPrefix, trail.s3KeyPrefix()),
                t -> shouldDeliverTo(t, bucket, keyPrefix));
    }

    /**
     * Verifies that the trail encrypts its log files with this KMS key. CloudTrail reports the key as an ARN;
     * the key may be given as that ARN, or as the end of it: {@code key/ID}, the key ID, or {@code alias/NAME}
     * when the trail was configured with an alias.
     *
     * <pre><code class='java'>
     * assertThat(trail).isEncryptedWith("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
     * assertThat(trail).isEncryptedWith("1234abcd-12ab-34cd-56ef-1234567890ab");</code></pre>
     *
     * @param kmsKey the key
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail's log files are not encrypted with a KMS key
     * @throws AssertionError if they are encrypted with another key
     */
    public SELF isEncryptedWith(String kmsKey) {
        return checkTrail(trail -> sameKey(trail.kmsKeyId(), kmsKey), t -> shouldBeEncryptedWith(t, kmsKey));
    }

    /**
     * Verifies that the trail's log files are not encrypted with a KMS key (S3 encrypts them with its own keys).
     *
     * <pre><code class='java'> assertThat(trail).isNotEncrypted();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail encrypts its log files with a KMS key
     */
    public SELF isNotEncrypted() {
        return checkTrail(trail -> trail.kmsKeyId() == null, t -> shouldNotBeEncrypted(t));
    }

    /**
     * Verifies the trail's home Region, where it was created.
     *
     * <pre><code class='java'> assertThat(trail).hasHomeRegion("eu-west-1");</code></pre>
     *
     * @param region the Region, such as {@code eu-west-1}
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail's home Region is another one
     */
    public SELF hasHomeRegion(String region) {
        return checkTrail(trail -> Objects.equals(region, trail.homeRegion()), t -> shouldHaveHomeRegion(t, region));
    }

    /**
     * Verifies that the trail notifies this SNS topic of each log file delivery; the topic may be given by
     * name or ARN.
     *
     * <pre><code class='java'> assertThat(trail).notifiesSnsTopic("audit-deliveries");</code></pre>
     *
     * @param topic the topic's name or ARN
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail notifies no SNS topic, or another one
     */
    @SuppressWarnings("deprecation") // SnsTopicName is deprecated in the model; CloudTrail still returns it
    public SELF notifiesSnsTopic(String topic) {
        return checkTrail(trail -> topic != null && (topic.equals(trail.snsTopicARN()) || topic.equals(trail.snsTopicName())
                        || (trail.snsTopicARN() != null && trail.snsTopicARN().endsWith(":" + topic))),
                t -> shouldNotifySnsTopic(t, topic, t.snsTopicARN() != null ? t.snsTopicARN() : t.snsTopicName()));
    }

    /**
     * Verifies that the trail delivers its events to this CloudWatch Logs log group.
     *
     * <pre><code class='java'>
     * assertThat(trail).deliversToCloudWatchLogs("arn:aws:logs:us-east-1:123456789012:log-group:audit:*");</code></pre>
     *
     * @param logGroupArn the log group's ARN, as CloudTrail reports it
     * @return this assertion object
     * @throws AssertionError if the trail is null
     * @throws AssertionError if the trail delivers to no log group, or another one
     */
    public SELF deliversToCloudWatchLogs(String logGroupArn) {
        return checkTrail(trail -> Objects.equals(logGroupArn, trail.cloudWatchLogsLogGroupArn()),
                t -> shouldDeliverToCloudWatchLogs(t, logGroupArn));
    }

    private SELF checkTrail(Predicate<Trail> holds, Function<Trail, ErrorMessageFactory> failure) {
        return check(actual -> holds.test(trailOf(actual)), actual -> failure.apply(trailOf(actual)));
    }

    /** The key matches the trail's key ARN when it is the whole ARN or its end after {@code :} or {@code /}. */
    private static boolean sameKey(String trailKeyArn, String kmsKey) {
        return trailKeyArn != null && kmsKey != null && !kmsKey.isEmpty()
                && (trailKeyArn.equals(kmsKey) || trailKeyArn.endsWith(":" + kmsKey) || trailKeyArn.endsWith("/" + kmsKey));
    }

}
