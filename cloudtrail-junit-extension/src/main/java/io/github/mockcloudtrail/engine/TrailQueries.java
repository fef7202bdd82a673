package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.engine.TrailLocator.NameScope;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;

/** {@code GetTrail}, {@code DescribeTrails} and {@code ListTrails}. */
final class TrailQueries {
    /** Trails per {@code ListTrails} page. CloudTrail does not document its page size. */
    static final int LIST_TRAILS_PAGE_SIZE = 50;

    private final TrailRegistry registry;
    private final TrailScope scope;
    private final TrailLocator locator;

    TrailQueries(TrailRegistry registry, TrailScope scope, TrailLocator locator) {
        this.registry = registry;
        this.scope = scope;
        this.locator = locator;
    }

    GetTrailResponse get(Caller caller, GetTrailRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.VISIBLE);
        return GetTrailResponse.builder().trail(TrailRenderer.trail(trail)).build();
    }

    /**
     * Without names: the trails homed in the caller's Region, then, unless {@code includeShadowTrails}
     * is false, the shadow trails visible there. With names: names match trails homed in the caller's
     * Region, ARNs reach trails anywhere; names that match nothing are left out, as in CloudTrail.
     */
    DescribeTrailsResponse describe(Caller caller, DescribeTrailsRequest request) {
        boolean includeShadows = TrailSettings.flag(request.includeShadowTrails(), true);
        Stream<TrailState> trails = request.trailNameList().isEmpty()
                ? scope.visibleIn(registry, caller.accountId(), caller.region())
                        .sorted(Comparator.comparing((TrailState t) -> scope.isShadowIn(t, caller.accountId(), caller.region()))
                                .thenComparing(TrailState::name))
                : named(caller, request.trailNameList());
        List<Trail> trailList = trails
                .filter(trail -> includeShadows || !scope.isShadowIn(trail, caller.accountId(), caller.region()))
                .map(TrailRenderer::trail)
                .toList();
        return DescribeTrailsResponse.builder().trailList(trailList).build();
    }

    private Stream<TrailState> named(Caller caller, List<String> namesOrArns) {
        Set<TrailState> found = new LinkedHashSet<>();
        for (String nameOrArn : namesOrArns) {
            locator.find(nameOrArn, caller, NameScope.HOME_REGION).ifPresent(found::add);
        }
        return found.stream();
    }

    /** Every trail the account can reach, in every Region of the caller's partition, sorted by ARN. */
    ListTrailsResponse list(Caller caller, ListTrailsRequest request) {
        ListTrailsToken token = ListTrailsToken.parse(request.nextToken(), caller);
        List<TrailState> page = scope.reachableBy(registry, caller.accountId())
                .filter(trail -> trail.arn.partition().equals(caller.partition()))
                .filter(trail -> token.isBefore(trail.arn.toString()))
                .limit(LIST_TRAILS_PAGE_SIZE + 1L)
                .toList();
        ListTrailsResponse.Builder response = ListTrailsResponse.builder().trails(page.stream()
                .limit(LIST_TRAILS_PAGE_SIZE)
                .map(trail -> TrailInfo.builder()
                        .name(trail.name())
                        .trailARN(trail.arn.toString())
                        .homeRegion(trail.homeRegion())
                        .build())
                .toList());
        if (page.size() > LIST_TRAILS_PAGE_SIZE) {
            response.nextToken(ListTrailsToken.after(page.get(LIST_TRAILS_PAGE_SIZE - 1).arn.toString(), caller).encode());
        }
        return response.build();
    }
}
