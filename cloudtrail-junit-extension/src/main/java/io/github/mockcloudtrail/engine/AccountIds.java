package io.github.mockcloudtrail.engine;

/**
 * The shape of AWS account IDs: exactly twelve digits.
 *
 * <pre>{@code
 * AccountIds.isValid("123456789012"); // true
 * }</pre>
 */
public final class AccountIds {
    private AccountIds() {
    }

    /**
     * Whether a string is an account ID: exactly 12 digits.
     *
     * @param candidate the string, possibly {@code null}
     * @return whether it is an account ID
     */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (candidate.charAt(i) < '0' || candidate.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String requireValid(String candidate, String what) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException(
                    "The " + what + " ID must be 12 digits, but was '" + candidate + "'");
        }
        return candidate;
    }
}
