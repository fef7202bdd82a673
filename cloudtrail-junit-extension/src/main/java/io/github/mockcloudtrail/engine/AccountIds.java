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
        return candidate != null && candidate.length() == 12 && AsciiDigits.all(candidate, 0, 12);
    }

    static String requireValid(String candidate, String what) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException(
                    "The " + what + " ID must be 12 digits, but was '" + candidate + "'");
        }
        return candidate;
    }
}
