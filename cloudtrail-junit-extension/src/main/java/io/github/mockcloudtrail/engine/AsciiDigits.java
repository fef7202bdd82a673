package io.github.mockcloudtrail.engine;

/**
 * Whether text is made of the ASCII digits 0 to 9, as {@code \d} matches them in a pattern: for the checks that run
 * on every request (account IDs, Content-Length, the date of a credential scope), which a compiled pattern would
 * make several times slower.
 *
 * <pre>{@code
 * AsciiDigits.all("20240301", 0, 8); // true
 * AsciiDigits.all("2024-03-01", 0, 10); // false
 * AsciiDigits.is('7'); // true
 * }</pre>
 */
public final class AsciiDigits {
    private AsciiDigits() {
    }

    /**
     * Whether every character from {@code from} to {@code to} (exclusive) is a digit; true for an empty range,
     * false for a range that runs past the text's end.
     *
     * @param text the text
     * @param from the first index
     * @param to the index after the last
     * @return whether the range is all digits
     */
    public static boolean all(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character is one of the ASCII digits 0 to 9.
     *
     * @param c the character
     * @return whether it is a digit
     */
    public static boolean is(char c) {
        return c >= '0' && c <= '9';
    }
}
