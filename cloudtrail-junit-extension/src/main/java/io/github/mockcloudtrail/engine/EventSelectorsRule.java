package io.github.mockcloudtrail.engine;

import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;

/**
 * What a {@code PutEventSelectors} request may set: {@code EventSelectors} or {@code AdvancedEventSelectors},
 * exactly one of them, each valid by its own rules. Either replaces whatever selectors the trail had.
 */
final class EventSelectorsRule {
    private EventSelectorsRule() {
    }

    /** The selectors the trail will have after the request. */
    static EventSelectorState validated(PutEventSelectorsRequest request, TrailArn trail) {
        boolean basic = request.hasEventSelectors();
        boolean advanced = request.hasAdvancedEventSelectors();
        if (basic && advanced) {
            throw invalid("Give EventSelectors or AdvancedEventSelectors, not both: a trail has one kind or the other.");
        }
        if (!basic && !advanced) {
            throw invalid("Give EventSelectors or AdvancedEventSelectors: the request has neither.");
        }
        return basic
                ? EventSelectorState.ofBasic(BasicEventSelectorRules.validated(request.eventSelectors(), trail.partition()))
                : EventSelectorState.ofAdvanced(AdvancedEventSelectorRules.validated(request.advancedEventSelectors(),
                        trail.partition()));
    }

    static CloudTrailApiException invalid(String message) {
        return new CloudTrailApiException(ErrorCode.INVALID_EVENT_SELECTORS, message);
    }
}
