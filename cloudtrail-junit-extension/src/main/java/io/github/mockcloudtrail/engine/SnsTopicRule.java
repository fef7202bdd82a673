package io.github.mockcloudtrail.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates {@code SnsTopicName} and derives the topic ARN CloudTrail reports as {@code SnsTopicARN}.
 *
 * <p>A topic name is 1 to 256 letters, numbers, hyphens and underscores. A topic ARN is accepted
 * too, as CloudTrail accepts one for topics in other accounts; a plain name is placed in the trail's
 * home Region and account.
 */
final class SnsTopicRule {
    static final int MAX_LENGTH = 256;
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern TOPIC_ARN =
            Pattern.compile("arn:(aws[a-z-]*):sns:([a-z0-9-]+):(\\d{12}):(.+)");

    private SnsTopicRule() {
    }

    /** Returns the topic ARN for the name or ARN, or throws {@code InvalidSnsTopicNameException}. */
    static String topicArn(String nameOrArn, TrailArn trail) {
        if (nameOrArn.length() > MAX_LENGTH) {
            throw invalid(nameOrArn, "the maximum length is " + MAX_LENGTH + " characters");
        }
        Matcher arn = TOPIC_ARN.matcher(nameOrArn);
        if (arn.matches()) {
            requireName(nameOrArn, arn.group(4));
            return nameOrArn;
        }
        requireName(nameOrArn, nameOrArn);
        return "arn:" + trail.partition() + ":sns:" + trail.region() + ":" + trail.accountId() + ":" + nameOrArn;
    }

    private static void requireName(String given, String name) {
        if (!TOPIC_NAME.matcher(name).matches()) {
            throw invalid(given, "a topic name may contain only letters, numbers, hyphens and underscores");
        }
    }

    private static CloudTrailApiException invalid(String given, String rule) {
        return new CloudTrailApiException(ErrorCode.INVALID_SNS_TOPIC_NAME,
                "SNS topic name '" + given + "' is not valid: " + rule + ".");
    }
}
