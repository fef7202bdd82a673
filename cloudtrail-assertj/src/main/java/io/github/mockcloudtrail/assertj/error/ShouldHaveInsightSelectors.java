package io.github.mockcloudtrail.assertj.error;

import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;

/**
 * Failures of a trail's Insights selectors, with the insight types it has.
 *
 * <pre><code class='java'>
 * throw assertionError(ShouldHaveInsightSelectors.shouldHaveInsightSelectors("org-audit", expected, actual));
 * // Expecting trail "org-audit" to have Insights selectors for exactly ApiCallRateInsight, but it has none.</code></pre>
 */
public final class ShouldHaveInsightSelectors extends CloudTrailErrorMessageFactory {

    private ShouldHaveInsightSelectors(String trail, String expectation, List<InsightSelector> actual) {
        super(lines("Expecting " + Texts.trail(trail) + " " + expectation + ", but it has "
                + (actual.isEmpty() ? "none" : "them for " + Texts.insightTypes(actual)) + "."));
    }

    /**
     * A trail without the expected Insights selectors.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param expectedTypes the insight types expected, such as {@code ApiCallRateInsight}
     * @param actual the trail's Insights selectors
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveInsightSelectors(String trail, List<String> expectedTypes,
            List<InsightSelector> actual) {
        return new ShouldHaveInsightSelectors(trail, "to have Insights selectors for exactly "
                + String.join(", ", expectedTypes), actual);
    }

    /**
     * A trail with Insights selectors, where Insights should be off.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param actual the trail's Insights selectors
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveNoInsightSelectors(String trail, List<InsightSelector> actual) {
        return new ShouldHaveInsightSelectors(trail, "to have no Insights selectors", actual);
    }
}
