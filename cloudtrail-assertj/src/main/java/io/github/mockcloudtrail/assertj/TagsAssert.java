package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.assertj.error.ShouldHaveTag;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;

/**
 * Assertions on the tags of the trails a {@code ListTags} answer lists: each assertion must hold for every
 * trail listed (usually one), and fails for an answer that lists none.
 *
 * <pre><code class='java'> assertThat(cloudTrail.listTags(r -&gt; r.resourceIdList(trailArn)))
 *     .hasTag("owner", "security")
 *     .hasNoTag("temporary");</code></pre>
 */
public class TagsAssert extends AbstractCloudTrailAssert<TagsAssert, ListTagsResponse> {

    /**
     * Assertions on a {@code ListTags} answer; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public TagsAssert(ListTagsResponse actual) {
        super(actual, TagsAssert.class);
    }

    /**
     * Verifies that every trail the answer lists has this tag.
     *
     * <pre><code class='java'> assertThat(tags).hasTag("owner", "security");</code></pre>
     *
     * @param key the tag's key
     * @param value the tag's value; null or empty for a tag without value
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the answer lists no trail
     * @throws AssertionError if a trail listed has no tag with this key, or one with another value
     */
    public TagsAssert hasTag(String key, String value) {
        return forEachTrail(trail -> TrailChecks.hasTag(trail.resourceId(), trail.tagsList(), key, value));
    }

    /**
     * Verifies that no trail the answer lists has a tag with this key.
     *
     * <pre><code class='java'> assertThat(tags).hasNoTag("temporary");</code></pre>
     *
     * @param key the tag's key
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the answer lists no trail
     * @throws AssertionError if a trail listed has a tag with this key
     */
    public TagsAssert hasNoTag(String key) {
        return forEachTrail(trail -> TrailChecks.hasNoTag(trail.resourceId(), trail.tagsList(), key));
    }

    private TagsAssert forEachTrail(Function<ResourceTag, Optional<ErrorMessageFactory>> checkOne) {
        return check(answer -> {
            if (answer.resourceTagList().isEmpty()) {
                throw assertionError(ShouldHaveTag.shouldListATrail());
            }
            answer.resourceTagList().forEach(trail -> failIfPresent(checkOne.apply(trail)));
        });
    }
}
