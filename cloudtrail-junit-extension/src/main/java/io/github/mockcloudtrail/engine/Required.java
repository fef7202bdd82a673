package io.github.mockcloudtrail.engine;

/**
 * Checks for required request members, answering a missing one with CloudTrail's
 * {@code ValidationException} wording.
 */
final class Required {
    private Required() {
    }

    /**
     * Returns the value, or throws {@code ValidationException} naming the member by its wire path, such as
     * {@code name} or {@code tagsList.1.member.key}.
     */
    static <T> T member(T value, String path) {
        if (value == null) {
            throw new CloudTrailApiException(ErrorCode.VALIDATION, "1 validation error detected: Value null at '"
                    + lowerFirst(path) + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static String lowerFirst(String path) {
        return Character.toLowerCase(path.charAt(0)) + path.substring(1);
    }
}
