package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.TrailSeed;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsRequest;

/**
 * Puts a seed's event selectors and Insights selectors on its newly created trail through
 * {@code PutEventSelectors} and {@code PutInsightSelectors}, so seeds pass exactly their validation. A seed
 * with both basic and advanced selectors sends both in one request, which CloudTrail rejects.
 */
final class SelectorSeeds {
    private SelectorSeeds() {
    }

    static void apply(TrailSeed seed, Caller caller, TrailSeeder.Executor executor) {
        if (!seed.eventSelectors().isEmpty() || !seed.advancedEventSelectors().isEmpty()) {
            PutEventSelectorsRequest.Builder put = PutEventSelectorsRequest.builder().trailName(seed.name());
            if (!seed.eventSelectors().isEmpty()) {
                put.eventSelectors(seed.eventSelectors());
            }
            if (!seed.advancedEventSelectors().isEmpty()) {
                put.advancedEventSelectors(seed.advancedEventSelectors());
            }
            executor.execute(Operation.PUT_EVENT_SELECTORS, caller, put.build());
        }
        if (!seed.insightSelectors().isEmpty()) {
            executor.execute(Operation.PUT_INSIGHT_SELECTORS, caller, PutInsightSelectorsRequest.builder()
                    .trailName(seed.name())
                    .insightSelectors(seed.insightSelectors())
                    .build());
        }
    }
}
