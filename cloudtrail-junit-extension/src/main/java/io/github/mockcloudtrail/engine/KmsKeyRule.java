package io.github.mockcloudtrail.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates {@code KmsKeyId} in its four documented forms and expands it to the full ARN CloudTrail
 * returns.
 *
 * <ul>
 *   <li>a key ID ({@code 12345678-1234-1234-1234-123456789012}, or a multi-Region {@code mrk-...} ID),
 *       returned as {@code arn:aws:kms:REGION:ACCOUNT:key/ID} in the trail's home Region and account;</li>
 *   <li>a key ARN, returned as given;</li>
 *   <li>an alias name ({@code alias/MyAliasName}), returned as the alias ARN in the trail's home Region
 *       and account, since the mock has no KMS to resolve it to a key;</li>
 *   <li>an alias ARN, returned as given.</li>
 * </ul>
 */
final class KmsKeyRule {
    private static final String KEY_ID = "(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|mrk-[0-9a-f]{32})";
    private static final String ALIAS = "alias/[a-zA-Z0-9/_-]{1,250}";
    private static final Pattern BARE_KEY_ID = Pattern.compile(KEY_ID);
    private static final Pattern BARE_ALIAS = Pattern.compile(ALIAS);
    private static final Pattern KMS_ARN =
            Pattern.compile("arn:(aws[a-z-]*):kms:(" + RegionNames.REGEX + "):(\\d{12}):(" + "key/" + KEY_ID + "|" + ALIAS + ")");

    private KmsKeyRule() {
    }

    static String toArn(String keyId, TrailArn trail) {
        if (BARE_KEY_ID.matcher(keyId).matches()) {
            return prefix(trail) + "key/" + keyId;
        }
        if (BARE_ALIAS.matcher(keyId).matches()) {
            return prefix(trail) + keyId;
        }
        Matcher arn = KMS_ARN.matcher(keyId);
        if (arn.matches()) {
            return keyId;
        }
        throw new CloudTrailApiException(ErrorCode.INVALID_KMS_KEY_ID, "KMS key ID '" + keyId
                + "' is not valid: use a key ID (12345678-1234-1234-1234-123456789012), a key ARN, an alias name"
                + " (alias/MyAliasName) or an alias ARN.");
    }

    private static String prefix(TrailArn trail) {
        return "arn:" + trail.partition() + ":kms:" + trail.region() + ":" + trail.accountId() + ":";
    }
}
