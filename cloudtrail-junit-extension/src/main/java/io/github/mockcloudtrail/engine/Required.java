package io.github.mockcloudtrail.engine;

import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Checks request members against the constraints of the API model, answering a violation with
 * CloudTrail's {@code ValidationException} wording, such as
 * {@code 1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null}.
 *
 * <p>CloudTrail checks these before any rule of the operation, and lists every violation in one answer.
 */
final class Required {
    private Required() {
    }

    /**
     * Throws one {@code ValidationException} naming every listed member the request lacks.
     *
     * @param memberNames wire names of top-level members, such as {@code Name}
     */
    static void members(SdkPojo request, String... memberNames) {
        List<String> violations = Arrays.stream(memberNames)
                .filter(name -> isAbsent(field(request, name).getValueOrDefault(request)))
                .map(Required::notNull)
                .toList();
        if (!violations.isEmpty()) {
            throw validationError(violations);
        }
    }

    /**
     * Returns the value, or throws {@code ValidationException} naming the member by its wire path, such as
     * {@code name} or {@code tagsList.1.member.key}.
     */
    static <T> T member(T value, String path) {
        if (value == null) {
            throw validationError(List.of(notNull(path)));
        }
        return value;
    }

    /** A {@code ValidationException} for constraint violations, each phrased as CloudTrail phrases them. */
    static CloudTrailApiException validationError(List<String> violations) {
        String count = violations.size() == 1 ? "1 validation error" : violations.size() + " validation errors";
        return new CloudTrailApiException(ErrorCode.VALIDATION,
                count + " detected: " + String.join("; ", violations));
    }

    private static String notNull(String path) {
        return "Value null at '" + lowerFirst(path) + "' failed to satisfy constraint: Member must not be null";
    }

    private static SdkField<?> field(SdkPojo shape, String memberName) {
        return shape.sdkFields().stream()
                .filter(field -> field.locationName().equals(memberName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        shape.getClass().getSimpleName() + " has no member " + memberName));
    }

    /** The SDK stands in empty auto-construct collections for lists and maps the request did not carry. */
    private static boolean isAbsent(Object value) {
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }

    /** Wire paths in CloudTrail's messages start in lower case: {@code s3BucketName}, {@code resourceIdList}. */
    private static String lowerFirst(String path) {
        return Character.toLowerCase(path.charAt(0)) + path.substring(1);
    }
}
