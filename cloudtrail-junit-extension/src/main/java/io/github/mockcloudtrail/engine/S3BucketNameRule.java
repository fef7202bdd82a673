package io.github.mockcloudtrail.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Amazon S3 bucket naming rules, as CloudTrail applies them to {@code S3BucketName}.
 *
 * <p>A name is 3 to 63 characters of lowercase letters, numbers, periods and hyphens; starts and
 * ends with a letter or number; has no two adjacent periods and no period next to a hyphen; is not
 * an IP address; and avoids the prefixes and suffixes S3 reserves.
 */
final class S3BucketNameRule {
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-");
    private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3");

    private S3BucketNameRule() {
    }

    static String requireValid(String bucket) {
        String problem = problem(bucket);
        if (problem != null) {
            throw new CloudTrailApiException(ErrorCode.INVALID_S3_BUCKET_NAME,
                    "Bucket name '" + bucket + "' is not valid: " + problem + ".");
        }
        return bucket;
    }

    static boolean isValid(String bucket) {
        return problem(bucket) == null;
    }

    private static String problem(String bucket) {
        if (bucket.length() < 3 || bucket.length() > 63) {
            return "it must be between 3 and 63 characters long, but has " + bucket.length();
        }
        for (int i = 0; i < bucket.length(); i++) {
            char c = bucket.charAt(i);
            if (!isLowercaseLetterOrDigit(c) && c != '.' && c != '-') {
                return "it contains '" + c + "'; only lowercase letters, numbers, periods and hyphens are allowed";
            }
        }
        if (!isLowercaseLetterOrDigit(bucket.charAt(0)) || !isLowercaseLetterOrDigit(bucket.charAt(bucket.length() - 1))) {
            return "it must start and end with a lowercase letter or number";
        }
        if (bucket.contains("..")) {
            return "it must not contain two adjacent periods";
        }
        if (bucket.contains(".-") || bucket.contains("-.")) {
            return "a period must not be next to a hyphen";
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            return "it must not be formatted as an IP address";
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (bucket.startsWith(prefix)) {
                return "the prefix '" + prefix + "' is reserved by Amazon S3";
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (bucket.endsWith(suffix)) {
                return "the suffix '" + suffix + "' is reserved by Amazon S3";
            }
        }
        return null;
    }

    private static boolean isLowercaseLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
