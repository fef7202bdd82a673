package io.github.mockcloudtrail.engine;

/**
 * A trail's configuration as a request would leave it: the draft that {@code CreateTrail} builds from
 * defaults and {@code UpdateTrail} from the current trail, validated as a whole before anything changes.
 *
 * <p>Optional strings given as {@code ""} clear the setting, as in CloudTrail.
 */
final class TrailSettings {
    String s3BucketName;
    String s3KeyPrefix;
    String snsTopicName;
    boolean includeGlobalServiceEvents = true;
    boolean multiRegion;
    boolean logFileValidation;
    String cloudWatchLogsLogGroupArn;
    String cloudWatchLogsRoleArn;
    String kmsKeyId;
    boolean organizationTrail;

    static TrailSettings of(TrailState trail) {
        TrailSettings settings = new TrailSettings();
        settings.s3BucketName = trail.s3BucketName;
        settings.s3KeyPrefix = trail.s3KeyPrefix;
        settings.snsTopicName = trail.snsTopicName;
        settings.includeGlobalServiceEvents = trail.includeGlobalServiceEvents;
        settings.multiRegion = trail.multiRegion;
        settings.logFileValidation = trail.logFileValidation;
        settings.cloudWatchLogsLogGroupArn = trail.cloudWatchLogsLogGroupArn;
        settings.cloudWatchLogsRoleArn = trail.cloudWatchLogsRoleArn;
        settings.kmsKeyId = trail.kmsKeyArn;
        settings.organizationTrail = trail.organizationTrail;
        return settings;
    }

    /** {@code null} keeps the current value, {@code ""} clears it, anything else replaces it. */
    static String optional(String requested, String current) {
        if (requested == null) {
            return current;
        }
        return requested.isEmpty() ? null : requested;
    }

    static boolean flag(Boolean requested, boolean current) {
        return requested == null ? current : requested;
    }

    /**
     * Validates every setting against the trail it is for and returns the values CloudTrail stores:
     * the topic ARN and the full KMS key ARN derived from what was given.
     */
    Validated validate(TrailArn arn, OrganizationRule organizations) {
        S3BucketNameRule.requireValid(s3BucketName);
        if (s3KeyPrefix != null) {
            S3KeyPrefixRule.requireValid(s3KeyPrefix);
        }
        String snsTopicArn = snsTopicName == null ? null : SnsTopicRule.topicArn(snsTopicName, arn);
        String kmsKeyArn = kmsKeyId == null ? null : KmsKeyRule.toArn(kmsKeyId, arn);
        CloudWatchLogsRule.requireValidPair(cloudWatchLogsLogGroupArn, cloudWatchLogsRoleArn, arn);
        if (multiRegion && !includeGlobalServiceEvents) {
            throw new CloudTrailApiException(ErrorCode.INVALID_PARAMETER_COMBINATION,
                    "A multi-Region trail must include global service events: IsMultiRegionTrail true requires"
                            + " IncludeGlobalServiceEvents true.");
        }
        if (organizationTrail) {
            organizations.requireManagementAccount(arn.accountId());
        }
        return new Validated(snsTopicArn, kmsKeyArn);
    }

    /** The derived values of a validated draft; {@link #applyTo} writes the draft into a trail. */
    final class Validated {
        private final String snsTopicArn;
        private final String kmsKeyArn;

        private Validated(String snsTopicArn, String kmsKeyArn) {
            this.snsTopicArn = snsTopicArn;
            this.kmsKeyArn = kmsKeyArn;
        }

        void applyTo(TrailState trail) {
            trail.s3BucketName = s3BucketName;
            trail.s3KeyPrefix = s3KeyPrefix;
            trail.snsTopicName = snsTopicName;
            trail.snsTopicArn = snsTopicArn;
            trail.includeGlobalServiceEvents = includeGlobalServiceEvents;
            trail.multiRegion = multiRegion;
            trail.logFileValidation = logFileValidation;
            trail.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn;
            trail.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn;
            trail.kmsKeyArn = kmsKeyArn;
            trail.organizationTrail = organizationTrail;
        }
    }
}
