package io.github.mockcloudtrail.engine;

import java.util.Optional;

/**
 * CloudTrail's five trail-name rules, each with a message that says which one was broken.
 *
 * <ol>
 *   <li>only ASCII letters, numbers, periods, underscores and dashes;</li>
 *   <li>starts and ends with a letter or number;</li>
 *   <li>3 to 128 characters;</li>
 *   <li>no two periods, underscores or dashes next to each other ({@code my-_namespace});</li>
 *   <li>not in IP address form ({@code 192.168.5.4}).</li>
 * </ol>
 */
final class TrailNameRule {
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 128;

    private TrailNameRule() {
    }

    /** Throws {@code InvalidTrailNameException} naming the broken rule, or returns the name. */
    static String requireValid(String name) {
        violation(name).ifPresent(message -> {
            throw new CloudTrailApiException(ErrorCode.INVALID_TRAIL_NAME, message);
        });
        return name;
    }

    static Optional<String> violation(String name) {
        // By code point, so that a character outside the Basic Multilingual Plane is named whole.
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            if (!isAsciiLetterOrDigit(c) && !isSeparator(c)) {
                return Optional.of(quoted(name) + " contains '" + Character.toString(c) + "' at position "
                        + (name.codePointCount(0, i) + 1)
                        + ": only ASCII letters, numbers, periods, underscores and dashes are allowed.");
            }
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return Optional.of(quoted(name) + " must be between " + MIN_LENGTH + " and " + MAX_LENGTH
                    + " characters long, but has " + name.length() + ".");
        }
        if (!isAsciiLetterOrDigit(name.charAt(0)) || !isAsciiLetterOrDigit(name.charAt(name.length() - 1))) {
            return Optional.of(quoted(name) + " must start and end with a letter or number.");
        }
        for (int i = 1; i < name.length(); i++) {
            if (isSeparator(name.charAt(i)) && isSeparator(name.charAt(i - 1))) {
                return Optional.of(quoted(name) + " has '" + name.substring(i - 1, i + 1)
                        + "': periods, underscores and dashes cannot be next to each other.");
            }
        }
        if (isIpAddressForm(name)) {
            return Optional.of(quoted(name) + " must not be in IP address format.");
        }
        return Optional.empty();
    }

    /** The message's subject, built only for a name that breaks a rule: every call that names a trail checks it. */
    private static String quoted(String name) {
        return "Trail name '" + name + "'";
    }

    /** Four runs of digits joined by periods, such as {@code 192.168.5.4}. */
    private static boolean isIpAddressForm(String name) {
        int periods = 0;
        int runStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                if (i == runStart || !AsciiDigits.all(name, runStart, i)) {
                    return false;
                }
                periods += i < name.length() ? 1 : 0;
                runStart = i + 1;
            }
        }
        return periods == 3;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isSeparator(int c) {
        return c == '.' || c == '_' || c == '-';
    }
}
