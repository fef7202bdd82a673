package io.github.mockcloudtrail.server;

import java.util.regex.Pattern;

/**
 * The shape of AWS Region names, such as {@code us-east-1} or {@code ap-southeast-2}, for checking
 * configuration before a mock starts.
 *
 * <pre>{@code
 * RegionNames.isValid("eu-west-1"); // true
 * RegionNames.isValid("Frankfurt"); // false
 * }</pre>
 */
public final class RegionNames {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private RegionNames() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && REGION.matcher(candidate).matches();
    }
}
