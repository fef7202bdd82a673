package io.github.mockcloudtrail.engine;

import java.util.regex.Pattern;

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
    private static final Pattern REGION = Pattern.compile(REGEX);

    private RegionNames() {
    }

    /**
     * Whether a string is shaped like a Region name, such as {@code eu-west-1}.
     *
     * @param candidate the string, possibly {@code null}
     * @return whether it is a Region name
     */
    public static boolean isValid(String candidate) {
        return candidate != null && REGION.matcher(candidate).matches();
    }
}
