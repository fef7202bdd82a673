package io.github.mockcloudtrail.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates the CloudWatch Logs delivery pair: the log group ARN (in the trail's home Region, ending
 * in {@code :*}) and the IAM role CloudTrail assumes to write to it. One without the other is an
 * error, as in CloudTrail.
 */
final class CloudWatchLogsRule {
    private static final Pattern LOG_GROUP_ARN =
            Pattern.compile("arn:(aws[a-z-]*):logs:([a-z0-9-]+):(\\d{12}):log-group:([.\\-_/#A-Za-z0-9]{1,512}):\\*");
    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:(aws[a-z-]*):iam::(\\d{12}):role/[\\w+=,.@/-]{1,512}");

    private CloudWatchLogsRule() {
    }

    /** Checks a pair after an update: both set (and valid) or both absent. */
    static void requireValidPair(String logGroupArn, String roleArn, TrailArn trail) {
        if (logGroupArn != null && roleArn == null) {
            throw new CloudTrailApiException(ErrorCode.INVALID_CLOUD_WATCH_LOGS_ROLE_ARN,
                    "You must specify a role ARN as well as a log group.");
        }
        if (roleArn != null && logGroupArn == null) {
            throw new CloudTrailApiException(ErrorCode.INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN,
                    "You must specify a log group as well as a role ARN.");
        }
        if (logGroupArn != null) {
            requireLogGroup(logGroupArn, trail);
            requireRole(roleArn);
        }
    }

    private static void requireLogGroup(String logGroupArn, TrailArn trail) {
        Matcher matcher = LOG_GROUP_ARN.matcher(logGroupArn);
        if (!matcher.matches()) {
            throw new CloudTrailApiException(ErrorCode.INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN, "CloudWatch Logs log group ARN '"
                    + logGroupArn + "' is not valid; the format is arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*.");
        }
        if (!matcher.group(2).equals(trail.region())) {
            throw new CloudTrailApiException(ErrorCode.INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN, "CloudWatch Logs log group '"
                    + logGroupArn + "' is in " + matcher.group(2) + ", but it must be in the trail's home Region "
                    + trail.region() + ".");
        }
    }

    private static void requireRole(String roleArn) {
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw new CloudTrailApiException(ErrorCode.INVALID_CLOUD_WATCH_LOGS_ROLE_ARN, "CloudWatch Logs role ARN '"
                    + roleArn + "' is not valid; the format is arn:aws:iam::ACCOUNT:role/NAME.");
        }
    }
}
