package io.github.mockcloudtrail.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * CloudTrail's tag rules: keys of 1 to 128 and values of 0 to 256 Unicode characters, both matching
 * {@code ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$}, unique keys, and at most 50 tags per trail.
 */
final class TagRules {
    static final int MAX_TAGS_PER_TRAIL = 50;
    static final int MAX_KEY_LENGTH = 128;
    static final int MAX_VALUE_LENGTH = 256;
    private static final Pattern ALLOWED = Pattern.compile("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");

    private TagRules() {
    }

    /**
     * Validates a request's tag list and returns it as a map in request order; a key given twice with
     * different values is rejected.
     */
    static Map<String, String> validated(List<Tag> tags, String member) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            String key = Required.member(tag.key(), member + "." + (i + 1) + ".member.key");
            requireKey(key);
            if (tag.value() != null) {
                requireValue(key, tag.value());
            }
            if (result.containsKey(key) && !Objects.equals(result.get(key), tag.value())) {
                throw invalid("Tag key '" + key + "' is given twice with different values; keys must be unique per trail.");
            }
            result.put(key, tag.value());
        }
        return result;
    }

    /** Checks that a trail would not hold more tags than the limit. */
    static void requireWithinLimit(int tagCount, String trailName) {
        if (tagCount > MAX_TAGS_PER_TRAIL) {
            throw new CloudTrailApiException(ErrorCode.TAGS_LIMIT_EXCEEDED, "Trail " + trailName + " would have "
                    + tagCount + " tags; the limit is " + MAX_TAGS_PER_TRAIL + " tags per trail.");
        }
    }

    private static void requireKey(String key) {
        int length = key.codePointCount(0, key.length());
        if (length < 1 || length > MAX_KEY_LENGTH) {
            throw invalid("Tag key '" + key + "' is " + length + " characters long; keys must be 1 to "
                    + MAX_KEY_LENGTH + " characters.");
        }
        requireAllowedCharacters("key", key, key);
    }

    private static void requireValue(String key, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > MAX_VALUE_LENGTH) {
            throw invalid("The value of tag '" + key + "' is " + length + " characters long; values may have at most "
                    + MAX_VALUE_LENGTH + " characters.");
        }
        requireAllowedCharacters("value of tag", key, value);
    }

    private static void requireAllowedCharacters(String what, String key, String text) {
        if (!ALLOWED.matcher(text).matches()) {
            String subject = what.equals("key") ? "Tag key '" + key + "'" : "The value of tag '" + key + "'";
            throw invalid(subject + " does not match ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$: use letters, numbers,"
                    + " spaces and _ . : / = + - @ only.");
        }
    }

    private static CloudTrailApiException invalid(String message) {
        return new CloudTrailApiException(ErrorCode.INVALID_TAG_PARAMETER, message);
    }
}
