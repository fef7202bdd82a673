package io.github.mockcloudtrail.assertj;

import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

/**
 * Assertions on a trail's Insights selectors, a {@code GetInsightSelectors} answer (CloudTrail answers
 * {@code InsightNotEnabledException} instead for a trail without Insights; the live trail's
 * {@link LiveTrailAssert#hasNoInsightSelectors()} treats that as none).
 *
 * <pre><code class='java'> assertThat(cloudTrail.getInsightSelectors(r -&gt; r.trailName("org-audit")))
 *     .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT, InsightType.API_ERROR_RATE_INSIGHT);</code></pre>
 */
public class InsightSelectorsAssert extends AbstractCloudTrailAssert<InsightSelectorsAssert, GetInsightSelectorsResponse> {

    /**
     * Assertions on a {@code GetInsightSelectors} answer; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public InsightSelectorsAssert(GetInsightSelectorsResponse actual) {
        super(actual, InsightSelectorsAssert.class);
    }

    /**
     * Verifies that the trail has Insights selectors for exactly these insight types.
     *
     * <pre><code class='java'>
     * assertThat(insightSelectors).hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT);</code></pre>
     *
     * @param insightTypes the insight types, in any order
     * @return this assertion object
     * @throws IllegalArgumentException if no insight type is given (use {@link #hasNoInsightSelectors()})
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the Insights selectors are for other types, more types, or none
     */
    public InsightSelectorsAssert hasInsightSelectors(InsightType... insightTypes) {
        return check(answer -> failIfPresent(TrailChecks.hasInsightSelectors(answer.trailARN(), answer.insightSelectors(),
                insightTypes)));
    }

    /**
     * Verifies that the answer lists no Insights selectors.
     *
     * <pre><code class='java'> assertThat(insightSelectors).hasNoInsightSelectors();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the answer lists Insights selectors
     */
    public InsightSelectorsAssert hasNoInsightSelectors() {
        return check(answer -> failIfPresent(TrailChecks.hasNoInsightSelectors(answer.trailARN(), answer.insightSelectors())));
    }
}
