package io.github.mockcloudtrail.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;

/**
 * One trail's mutable state, owned by a {@link TrailRegistry} and changed only under the engine's
 * write lock. Renderers turn it into SDK types; nothing outside the engine sees it.
 */
final class TrailState {
    final TrailArn arn;
    String s3BucketName;
    String s3KeyPrefix;
    String snsTopicName;
    String snsTopicArn;
    boolean includeGlobalServiceEvents = true;
    boolean multiRegion;
    boolean logFileValidation;
    String cloudWatchLogsLogGroupArn;
    String cloudWatchLogsRoleArn;
    String kmsKeyArn;
    boolean organizationTrail;
    /** Immutable, as are the SDK selectors in it, so copies share it. */
    EventSelectorState eventSelectors = EventSelectorState.DEFAULT;
    /** Immutable; empty when Insights are off. */
    List<InsightSelector> insightSelectors = List.of();

    boolean logging;
    LoggingTime startedLogging = LoggingTime.NEVER;
    LoggingTime stoppedLogging = LoggingTime.NEVER;

    /** Tag values may be {@code null}: a key added without a value keeps a null value. */
    final Map<String, String> tags = new LinkedHashMap<>();

    TrailState(TrailArn arn) {
        this.arn = arn;
    }

    String name() {
        return arn.name();
    }

    String homeRegion() {
        return arn.region();
    }

    String ownerAccountId() {
        return arn.accountId();
    }

    /** A deep copy, for snapshots. */
    TrailState copy() {
        TrailState copy = new TrailState(arn);
        copy.s3BucketName = s3BucketName;
        copy.s3KeyPrefix = s3KeyPrefix;
        copy.snsTopicName = snsTopicName;
        copy.snsTopicArn = snsTopicArn;
        copy.includeGlobalServiceEvents = includeGlobalServiceEvents;
        copy.multiRegion = multiRegion;
        copy.logFileValidation = logFileValidation;
        copy.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn;
        copy.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn;
        copy.kmsKeyArn = kmsKeyArn;
        copy.organizationTrail = organizationTrail;
        copy.eventSelectors = eventSelectors;
        copy.insightSelectors = insightSelectors;
        copy.logging = logging;
        copy.startedLogging = startedLogging;
        copy.stoppedLogging = stoppedLogging;
        copy.tags.putAll(tags);
        return copy;
    }

    /**
     * When logging started or stopped, with the legacy text of that time, made with it rather than on every status
     * call; {@link #NEVER} before the first time.
     */
    record LoggingTime(Instant instant, String legacyText) {
        static final LoggingTime NEVER = new LoggingTime(null, null);

        static LoggingTime at(Instant instant) {
            return new LoggingTime(instant, LegacyTime.of(instant));
        }
    }
}
