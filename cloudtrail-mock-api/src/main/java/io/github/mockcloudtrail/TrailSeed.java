package io.github.mockcloudtrail;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

/**
 * A trail to create in the mock before a test runs: the programmatic twin of
 * {@code @SeedTrail}.
 *
 * <p>A seed is applied through the same validation as a {@code CreateTrail} call, followed by
 * {@code StartLogging} when {@link #logging()} is set, so an invalid seed fails with the CloudTrail
 * error code and rule a real call would have hit. Unset optional members keep CloudTrail's defaults:
 * single-Region, global service events included, no log file validation, not logging.
 *
 * <p>Event selectors (basic or advanced) and Insights selectors are set as {@code PutEventSelectors} and
 * {@code PutInsightSelectors} would set them, with the same validation; without them the trail keeps the
 * default selector (all management events) and Insights stay off:
 *
 * <pre>{@code
 * TrailSeed payroll = TrailSeed.named("payroll-audit")
 *         .eventSelectors(EventSelector.builder()
 *                 .readWriteType(ReadWriteType.WRITE_ONLY)
 *                 .dataResources(DataResource.builder().type("AWS::S3::Object").values("arn:aws:s3:::payroll/").build())
 *                 .build())
 *         .insightTypes(InsightType.API_CALL_RATE_INSIGHT)
 *         .build();
 * }</pre>
 *
 * <pre>{@code
 * TrailSeed seed = TrailSeed.named("org-audit")
 *         .s3BucketName("audit-logs")
 *         .multiRegion(true)
 *         .logFileValidation(true)
 *         .logging(true)
 *         .tag("owner", "security")
 *         .build();
 * mock.seedTrail(seed);
 * }</pre>
 */
public final class TrailSeed {
    private final String name;
    private final String s3BucketName;
    private final String s3KeyPrefix;
    private final String snsTopicName;
    private final boolean multiRegion;
    private final boolean includeGlobalServiceEvents;
    private final boolean logFileValidation;
    private final String kmsKeyId;
    private final String cloudWatchLogsLogGroupArn;
    private final String cloudWatchLogsRoleArn;
    private final boolean organizationTrail;
    private final boolean logging;
    private final Map<String, String> tags;
    private final String region;
    private final String accountId;
    private final List<EventSelector> eventSelectors;
    private final List<AdvancedEventSelector> advancedEventSelectors;
    private final List<InsightSelector> insightSelectors;

    private TrailSeed(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.s3BucketName = builder.s3BucketName;
        this.s3KeyPrefix = builder.s3KeyPrefix;
        this.snsTopicName = builder.snsTopicName;
        this.multiRegion = builder.multiRegion;
        this.includeGlobalServiceEvents = builder.includeGlobalServiceEvents;
        this.logFileValidation = builder.logFileValidation;
        this.kmsKeyId = builder.kmsKeyId;
        this.cloudWatchLogsLogGroupArn = builder.cloudWatchLogsLogGroupArn;
        this.cloudWatchLogsRoleArn = builder.cloudWatchLogsRoleArn;
        this.organizationTrail = builder.organizationTrail;
        this.logging = builder.logging;
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.eventSelectors = List.copyOf(builder.eventSelectors);
        this.advancedEventSelectors = List.copyOf(builder.advancedEventSelectors);
        this.insightSelectors = List.copyOf(builder.insightSelectors);
    }

    /**
     * Starts a seed for a trail with the given name.
     *
     * @param name the trail name, as {@code CreateTrail} takes it
     * @return a builder with CloudTrail's defaults for everything else
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** {@return the trail name} */
    public String name() {
        return name;
    }

    /**
     * The bucket for log files; when not set, the mock uses {@code aws-cloudtrail-logs-<account id>},
     * the prefix the CloudTrail console gives new buckets.
     *
     * @return the bucket, or empty for the mock's default
     */
    public Optional<String> s3BucketName() {
        return Optional.ofNullable(s3BucketName);
    }

    /** {@return the key prefix for log files, if set} */
    public Optional<String> s3KeyPrefix() {
        return Optional.ofNullable(s3KeyPrefix);
    }

    /** {@return the SNS topic notified of log file deliveries, if set} */
    public Optional<String> snsTopicName() {
        return Optional.ofNullable(snsTopicName);
    }

    /** {@return whether the trail is multi-Region} */
    public boolean multiRegion() {
        return multiRegion;
    }

    /** {@return whether the trail logs global service events (IAM, STS and the like); true by default} */
    public boolean includeGlobalServiceEvents() {
        return includeGlobalServiceEvents;
    }

    /** {@return whether log file integrity validation is on} */
    public boolean logFileValidation() {
        return logFileValidation;
    }

    /** {@return the KMS key that encrypts log files, if set} */
    public Optional<String> kmsKeyId() {
        return Optional.ofNullable(kmsKeyId);
    }

    /** {@return the CloudWatch Logs group ARN, if set} */
    public Optional<String> cloudWatchLogsLogGroupArn() {
        return Optional.ofNullable(cloudWatchLogsLogGroupArn);
    }

    /** {@return the role CloudTrail assumes to write to CloudWatch Logs, if set} */
    public Optional<String> cloudWatchLogsRoleArn() {
        return Optional.ofNullable(cloudWatchLogsRoleArn);
    }

    /** {@return whether the trail is an organization trail (needs the mock's organization)} */
    public boolean organizationTrail() {
        return organizationTrail;
    }

    /** {@return whether the seeded trail is logging, as after {@code StartLogging}} */
    public boolean logging() {
        return logging;
    }

    /** {@return tags in the order they were given; a tag added without a value maps to {@code null}} */
    public Map<String, String> tags() {
        return tags;
    }

    /** {@return the trail's home Region; empty means the mock's default Region} */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** {@return the owning account; empty means the mock's default account} */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** {@return basic event selectors to put on the trail; empty keeps the default selector} */
    public List<EventSelector> eventSelectors() {
        return eventSelectors;
    }

    /** {@return advanced event selectors to put on the trail; a trail takes these or basic ones, not both} */
    public List<AdvancedEventSelector> advancedEventSelectors() {
        return advancedEventSelectors;
    }

    /** {@return Insights selectors to put on the trail; empty leaves Insights off} */
    public List<InsightSelector> insightSelectors() {
        return insightSelectors;
    }

    @Override
    public String toString() {
        return "TrailSeed[" + name + "]";
    }

    /**
     * Builds a {@link TrailSeed}; every setter returns the builder.
     *
     * <pre>{@code
     * TrailSeed seed = TrailSeed.named("audit").s3BucketName("audit-logs").logging(true).build();
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private String s3BucketName;
        private String s3KeyPrefix;
        private String snsTopicName;
        private boolean multiRegion;
        private boolean includeGlobalServiceEvents = true;
        private boolean logFileValidation;
        private String kmsKeyId;
        private String cloudWatchLogsLogGroupArn;
        private String cloudWatchLogsRoleArn;
        private boolean organizationTrail;
        private boolean logging;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private String region;
        private String accountId;
        private List<EventSelector> eventSelectors = List.of();
        private List<AdvancedEventSelector> advancedEventSelectors = List.of();
        private List<InsightSelector> insightSelectors = List.of();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the bucket for log files.
         *
         * @param s3BucketName the bucket name
         * @return this builder
         */
        public Builder s3BucketName(String s3BucketName) {
            this.s3BucketName = s3BucketName;
            return this;
        }

        /**
         * Sets the key prefix for log files.
         *
         * @param s3KeyPrefix the prefix
         * @return this builder
         */
        public Builder s3KeyPrefix(String s3KeyPrefix) {
            this.s3KeyPrefix = s3KeyPrefix;
            return this;
        }

        /**
         * Sets the SNS topic notified of log file deliveries.
         *
         * @param snsTopicName the topic name or ARN
         * @return this builder
         */
        public Builder snsTopicName(String snsTopicName) {
            this.snsTopicName = snsTopicName;
            return this;
        }

        /**
         * Makes the trail multi-Region (shadow trails appear in every other Region).
         *
         * @param multiRegion whether the trail is multi-Region
         * @return this builder
         */
        public Builder multiRegion(boolean multiRegion) {
            this.multiRegion = multiRegion;
            return this;
        }

        /**
         * Includes or leaves out global service events; included by default.
         *
         * @param includeGlobalServiceEvents whether to log global service events
         * @return this builder
         */
        public Builder includeGlobalServiceEvents(boolean includeGlobalServiceEvents) {
            this.includeGlobalServiceEvents = includeGlobalServiceEvents;
            return this;
        }

        /**
         * Turns log file integrity validation on or off.
         *
         * @param logFileValidation whether digest files are delivered
         * @return this builder
         */
        public Builder logFileValidation(boolean logFileValidation) {
            this.logFileValidation = logFileValidation;
            return this;
        }

        /**
         * Sets the KMS key that encrypts log files.
         *
         * @param kmsKeyId a key ID, alias or ARN
         * @return this builder
         */
        public Builder kmsKeyId(String kmsKeyId) {
            this.kmsKeyId = kmsKeyId;
            return this;
        }

        /**
         * Sets the CloudWatch Logs group and the role CloudTrail assumes to write to it; they go together.
         *
         * @param logGroupArn the log group ARN
         * @param roleArn the role ARN
         * @return this builder
         */
        public Builder cloudWatchLogs(String logGroupArn, String roleArn) {
            this.cloudWatchLogsLogGroupArn = logGroupArn;
            this.cloudWatchLogsRoleArn = roleArn;
            return this;
        }

        /**
         * Makes the trail an organization trail; the mock must be in an organization's management account.
         *
         * @param organizationTrail whether the trail is an organization trail
         * @return this builder
         */
        public Builder organizationTrail(boolean organizationTrail) {
            this.organizationTrail = organizationTrail;
            return this;
        }

        /**
         * Starts logging on the trail once it is created.
         *
         * @param logging whether the trail is logging
         * @return this builder
         */
        public Builder logging(boolean logging) {
            this.logging = logging;
            return this;
        }

        /**
         * Adds a tag; a {@code null} value creates the tag without a value, as {@code AddTags} does.
         *
         * @param key the tag key
         * @param value the tag value, or {@code null}
         * @return this builder
         */
        public Builder tag(String key, String value) {
            this.tags.put(key, value);
            return this;
        }

        /**
         * Creates the trail in this home Region instead of the mock's default Region.
         *
         * @param region a Region name such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Creates the trail in this account instead of the mock's default account.
         *
         * @param accountId a 12-digit account ID
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets the trail's basic event selectors, as {@code PutEventSelectors} would.
         *
         * @param eventSelectors the selectors, at most five
         * @return this builder
         */
        public Builder eventSelectors(EventSelector... eventSelectors) {
            return eventSelectors(Arrays.asList(eventSelectors));
        }

        /**
         * Sets the trail's basic event selectors, as {@code PutEventSelectors} would.
         *
         * @param eventSelectors the selectors, at most five
         * @return this builder
         */
        public Builder eventSelectors(Collection<EventSelector> eventSelectors) {
            this.eventSelectors = List.copyOf(eventSelectors);
            return this;
        }

        /**
         * Sets the trail's advanced event selectors, as {@code PutEventSelectors} would.
         *
         * @param advancedEventSelectors the selectors
         * @return this builder
         */
        public Builder advancedEventSelectors(AdvancedEventSelector... advancedEventSelectors) {
            return advancedEventSelectors(Arrays.asList(advancedEventSelectors));
        }

        /**
         * Sets the trail's advanced event selectors, as {@code PutEventSelectors} would.
         *
         * @param advancedEventSelectors the selectors
         * @return this builder
         */
        public Builder advancedEventSelectors(Collection<AdvancedEventSelector> advancedEventSelectors) {
            this.advancedEventSelectors = List.copyOf(advancedEventSelectors);
            return this;
        }

        /**
         * Sets the trail's Insights selectors, as {@code PutInsightSelectors} would.
         *
         * @param insightSelectors the selectors
         * @return this builder
         */
        public Builder insightSelectors(InsightSelector... insightSelectors) {
            return insightSelectors(Arrays.asList(insightSelectors));
        }

        /**
         * Sets the trail's Insights selectors, as {@code PutInsightSelectors} would.
         *
         * @param insightSelectors the selectors
         * @return this builder
         */
        public Builder insightSelectors(Collection<InsightSelector> insightSelectors) {
            this.insightSelectors = List.copyOf(insightSelectors);
            return this;
        }

        /**
         * Turns on Insights of these types: one Insights selector per type.
         *
         * @param insightTypes the Insights types to turn on
         * @return this builder
         */
        public Builder insightTypes(InsightType... insightTypes) {
            // The SDK writes its UNKNOWN_TO_SDK_VERSION sentinel as "null"; its name makes the rejection say what was given.
            return insightSelectors(Arrays.stream(insightTypes)
                    .map(type -> InsightSelector.builder()
                            .insightType(type == InsightType.UNKNOWN_TO_SDK_VERSION ? type.name() : type.toString())
                            .build())
                    .toList());
        }

        /** {@return the seed; the name is the only required member} */
        public TrailSeed build() {
            return new TrailSeed(this);
        }
    }
}
