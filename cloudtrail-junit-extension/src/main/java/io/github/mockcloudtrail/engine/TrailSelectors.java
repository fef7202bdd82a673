package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.engine.TrailLocator.NameScope;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsResponse;

/**
 * {@code PutEventSelectors} and {@code GetEventSelectors}.
 *
 * <p>Only the trail's owner changes its selectors, and only from its home Region; anyone who can reach the
 * trail reads them, by ARN from any Region. A put replaces all the trail's selectors, basic by advanced and
 * the other way round, and answers with what the trail now has.
 */
final class TrailSelectors {
    private final TrailLocator locator;

    TrailSelectors(TrailLocator locator) {
        this.locator = locator;
    }

    PutEventSelectorsResponse put(Caller caller, PutEventSelectorsRequest request) {
        TrailState trail = locator.require(Required.member(request.trailName(), "TrailName"), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        trail.eventSelectors = EventSelectorsRule.validated(request, trail.arn);
        return SdkShapes.copyMembers(trail.eventSelectors.render(trail.arn), PutEventSelectorsResponse.builder()).build();
    }

    GetEventSelectorsResponse get(Caller caller, GetEventSelectorsRequest request) {
        TrailState trail = locator.require(Required.member(request.trailName(), "TrailName"), caller, NameScope.VISIBLE);
        return trail.eventSelectors.render(trail.arn);
    }
}
