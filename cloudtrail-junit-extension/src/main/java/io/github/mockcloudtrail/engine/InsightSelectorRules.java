package io.github.mockcloudtrail.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

/**
 * CloudTrail's rules for Insights selectors: each names an insight type the API knows
 * ({@code ApiCallRateInsight}, {@code ApiErrorRateInsight}) once; an empty list turns Insights off. A violation
 * is an {@code InvalidInsightSelectorsException}.
 */
final class InsightSelectorRules {
    private InsightSelectorRules() {
    }

    static List<InsightSelector> validated(List<InsightSelector> selectors) {
        Set<InsightType> seen = EnumSet.noneOf(InsightType.class);
        List<InsightSelector> stored = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            InsightSelector selector = selectors.get(i);
            if (selector.hasEventCategories()) {
                throw new CloudTrailApiException(ErrorCode.UNSUPPORTED_OPERATION, "Insight selector " + (i + 1)
                        + ": EventCategories is not supported by mock-cloudtrail; leave it out.");
            }
            InsightType type = selector.insightType();
            if (type == null || type == InsightType.UNKNOWN_TO_SDK_VERSION) {
                throw invalid("Insight selector " + (i + 1) + ": InsightType "
                        + (type == null ? "is missing" : "'" + selector.insightTypeAsString() + "' is not valid")
                        + "; use ApiCallRateInsight or ApiErrorRateInsight.");
            }
            if (!seen.add(type)) {
                throw invalid("InsightType " + type + " is given twice; name each insight type once.");
            }
            stored.add(selector);
        }
        return stored;
    }

    private static CloudTrailApiException invalid(String message) {
        return new CloudTrailApiException(ErrorCode.INVALID_INSIGHT_SELECTORS, message);
    }
}
