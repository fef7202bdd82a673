package io.github.mockcloudtrail.assertj;

import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Assertions on a trail's configuration as a test already holds it, a {@link Trail} from {@code GetTrail}
 * or {@code DescribeTrails}, whether from the mock or from real AWS. For logging status, selectors, tags and
 * Insights, assert on the trail through its client: {@code assertThat(cloudTrail).trail("org-audit")}.
 *
 * <pre><code class='java'> for (Trail trail : cloudTrail.describeTrails().trailList()) {
 *     assertThat(trail).isMultiRegion().hasLogFileValidationEnabled();
 * }</code></pre>
 */
public class TrailAssert extends AbstractTrailAssert<TrailAssert, Trail> {

    /**
     * Assertions on a trail; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public TrailAssert(Trail actual) {
        super(actual, TrailAssert.class);
    }

    @Override
    protected Trail trailOf(Trail actual) {
        return actual;
    }
}
