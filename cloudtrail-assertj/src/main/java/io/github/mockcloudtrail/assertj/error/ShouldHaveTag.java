package io.github.mockcloudtrail.assertj.error;

import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * Failures of a trail's tags, with all its tags.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveTag.shouldHaveTag("org-audit", "owner", "security", tags));
 * // Expecting trail "org-audit" to have tag owner=security, but its tags are: owner=platform, cost-center=42.</code></pre>
 */
public final class ShouldHaveTag extends CloudTrailErrorMessageFactory {

    private ShouldHaveTag(String line) {
        super(lines(line));
    }

    /**
     * A trail without the expected tag.
     *
     * @param trail the trail's name or ARN
     * @param key the tag's key
     * @param value the tag's value; null or empty for a tag without value
     * @param tags the trail's tags
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveTag(String trail, String key, String value, List<Tag> tags) {
        return new ShouldHaveTag("Expecting " + Texts.trail(trail) + " to have tag " + Texts.tag(key, value)
                + ", but its tags are: " + Texts.tags(tags) + ".");
    }

    /**
     * A trail with a tag that should not be there.
     *
     * @param trail the trail's name or ARN
     * @param key the tag's key
     * @param tags the trail's tags
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotHaveTag(String trail, String key, List<Tag> tags) {
        return new ShouldHaveTag("Expecting " + Texts.trail(trail) + " to have no tag " + key + ", but its tags are: "
                + Texts.tags(tags) + ".");
    }

    /**
     * A {@code ListTags} answer that lists no trail, so there are no trails whose tags to check.
     *
     * @return the failure message
     */
    public static ErrorMessageFactory shouldListATrail() {
        return new ShouldHaveTag("Expecting the ListTags answer to list the tags of a trail, but it lists none.");
    }
}
