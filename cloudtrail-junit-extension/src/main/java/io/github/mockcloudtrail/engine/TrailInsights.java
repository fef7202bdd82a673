package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.engine.TrailLocator.NameScope;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsResponse;

/**
 * {@code PutInsightSelectors} and {@code GetInsightSelectors} on trails.
 *
 * <p>A put replaces the trail's Insights selectors; an empty list turns Insights off, and reading the
 * selectors of a trail without Insights is an {@code InsightNotEnabledException}. Event data stores
 * ({@code EventDataStore}, {@code InsightsDestination}) belong to CloudTrail Lake, which the mock does not
 * model: requests naming them answer {@code UnsupportedOperationException}.
 */
final class TrailInsights {
    private final TrailLocator locator;

    TrailInsights(TrailLocator locator) {
        this.locator = locator;
    }

    PutInsightSelectorsResponse put(Caller caller, PutInsightSelectorsRequest request) {
        requireTrailOnly(request.eventDataStore(), request.insightsDestination());
        Required.members(request, "TrailName", "InsightSelectors");
        TrailState trail = locator.require(request.trailName(), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        trail.insightSelectors = InsightSelectorRules.validated(request.insightSelectors());
        return PutInsightSelectorsResponse.builder()
                .trailARN(trail.arn.toString())
                .insightSelectors(trail.insightSelectors)
                .build();
    }

    GetInsightSelectorsResponse get(Caller caller, GetInsightSelectorsRequest request) {
        requireTrailOnly(request.eventDataStore(), null);
        TrailState trail = locator.require(Required.member(request.trailName(), "TrailName"), caller, NameScope.VISIBLE);
        if (trail.insightSelectors.isEmpty()) {
            throw new CloudTrailApiException(ErrorCode.INSIGHT_NOT_ENABLED, "Trail " + trail.arn
                    + " does not have Insights enabled; turn them on with PutInsightSelectors.");
        }
        return GetInsightSelectorsResponse.builder()
                .trailARN(trail.arn.toString())
                .insightSelectors(trail.insightSelectors)
                .build();
    }

    private static void requireTrailOnly(String eventDataStore, String insightsDestination) {
        if (eventDataStore != null || insightsDestination != null) {
            throw new CloudTrailApiException(ErrorCode.UNSUPPORTED_OPERATION, "mock-cloudtrail models trails, not"
                    + " CloudTrail Lake event data stores; leave out EventDataStore and InsightsDestination.");
        }
    }
}
