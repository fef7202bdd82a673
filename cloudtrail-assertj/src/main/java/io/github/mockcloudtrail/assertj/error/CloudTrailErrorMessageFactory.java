package io.github.mockcloudtrail.assertj.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The base of this package's message factories: a message is a list of lines, written as they are (no
 * quoting added) and joined with the platform's line separator, after the assertion's description.
 *
 * <pre><code class='java'> final class ShouldBeArchived extends CloudTrailErrorMessageFactory {
 *     ShouldBeArchived(String trail) {
 *         super(lines("Expecting " + Texts.trail(trail) + " to be archived, but it is not."));
 *     }
 * }</code></pre>
 */
abstract class CloudTrailErrorMessageFactory extends BasicErrorMessageFactory {

    CloudTrailErrorMessageFactory(List<String> lines) {
        super(format(lines.size()), unquoted(lines));
    }

    /** Lines of text; text with line breaks in it counts as several lines. */
    static List<String> lines(Object... parts) {
        List<String> lines = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> collection) {
                collection.forEach(line -> lines.addAll(line.toString().lines().toList()));
            } else {
                lines.addAll(part.toString().lines().toList());
            }
        }
        return lines;
    }

    private static String format(int lineCount) {
        return "%n%s".repeat(lineCount);
    }

    private static Object[] unquoted(List<String> lines) {
        return lines.stream().map(BasicErrorMessageFactory::unquotedString).toArray();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Arrays.toString(arguments);
    }
}
