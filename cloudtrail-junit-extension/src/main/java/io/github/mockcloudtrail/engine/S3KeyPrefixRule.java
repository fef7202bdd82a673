package io.github.mockcloudtrail.engine;

/** The one documented rule for {@code S3KeyPrefix}: at most 200 characters. */
final class S3KeyPrefixRule {
    static final int MAX_LENGTH = 200;

    private S3KeyPrefixRule() {
    }

    static String requireValid(String prefix) {
        if (prefix.length() > MAX_LENGTH) {
            throw new CloudTrailApiException(ErrorCode.INVALID_S3_PREFIX, "S3 key prefix is " + prefix.length()
                    + " characters long; the maximum length is " + MAX_LENGTH + ".");
        }
        return prefix;
    }
}
