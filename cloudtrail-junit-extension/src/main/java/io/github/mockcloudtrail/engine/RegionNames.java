package io.github.mockcloudtrail.engine;

/**
 * The shape of AWS Region names, such as {@code us-east-1} or {@code ap-southeast-2}: one rule for
 * credential scopes, ARNs, seeds and configuration.
 *
 * <pre>{@code
 * RegionNames.isValid("eu-west-1"); // true
 * RegionNames.isValid("Frankfurt"); // false
 * }</pre>
 */
public final class RegionNames {
    /** The Region-name pattern, for rules that embed it in a larger pattern such as an ARN. */
    static final String REGEX = "[a-z]{2}(?:-[a-z]+)+-\\d{1,2}";

    private RegionNames() {
    }

    /**
     * Whether a string is shaped like a Region name, such as {@code eu-west-1}.
     *
     * @param candidate the string, possibly {@code null}
     * @return whether it is a Region name
     */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() < 6) {
            return false;
        }
        // What REGEX says, read by hand: every request is checked, and a matcher costs more than the check.
        int digits = 0;
        int index = candidate.length() - 1;
        while (index >= 0 && AsciiDigits.is(candidate.charAt(index)) && digits < 3) {
            digits++;
            index--;
        }
        if (digits < 1 || digits > 2 || candidate.charAt(index) != '-') {
            return false;
        }
        int words = 0;
        int letters = 0;
        for (int i = 0; i < index; i++) {
            char c = candidate.charAt(i);
            if (c == '-') {
                if (letters == 0 || words == 0 && letters != 2) {
                    return false;
                }
                words++;
                letters = 0;
            } else if (c >= 'a' && c <= 'z') {
                letters++;
            } else {
                return false;
            }
        }
        return words >= 1 && letters > 0;
    }
}
