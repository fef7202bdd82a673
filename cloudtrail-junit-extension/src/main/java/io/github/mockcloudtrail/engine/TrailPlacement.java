package io.github.mockcloudtrail.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks that a trail can exist where it would appear: no other trail of the same name is visible in
 * any of those Regions, and no Region would hold more than five trails of the account, counting the
 * shadow trails of multi-Region trails.
 */
final class TrailPlacement {
    static final int MAX_TRAILS_PER_REGION = 5;

    private final TrailRegistry registry;
    private final TrailScope scope;

    TrailPlacement(TrailRegistry registry, TrailScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    /**
     * @param arn the trail's ARN (home Region and owner)
     * @param multiRegion whether it will be visible in every Region of its partition
     * @param itself the trail being changed, left out of the checks, or {@code null} for a new trail
     */
    void requirePlaceable(TrailArn arn, boolean multiRegion, TrailState itself) {
        String account = arn.accountId();
        Set<String> regions = regionsWhereVisible(arn, multiRegion);
        scope.reachableBy(registry, account)
                .filter(other -> other != itself && other.name().equals(arn.name()))
                .filter(other -> regions.stream().anyMatch(region -> scope.visibleIn(other, account, region)))
                .findFirst()
                .ifPresent(other -> {
                    throw new CloudTrailApiException(ErrorCode.TRAIL_ALREADY_EXISTS, "Trail " + arn.name()
                            + " already exists for customer: " + account + " (" + other.arn + ").");
                });
        for (String region : regions) {
            long counted = scope.visibleIn(registry, account, region)
                    .filter(other -> other != itself && other.ownerAccountId().equals(account))
                    .count();
            if (counted + 1 > MAX_TRAILS_PER_REGION) {
                throw new CloudTrailApiException(ErrorCode.MAXIMUM_NUMBER_OF_TRAILS_EXCEEDED, "User: " + account
                        + " already has " + counted + " trails in " + region + "; the limit is "
                        + MAX_TRAILS_PER_REGION + " trails per Region, counting shadow trails of multi-Region trails.");
            }
        }
    }

    /** The home Region, plus, for a multi-Region trail, every Region where the account has a trail. */
    private Set<String> regionsWhereVisible(TrailArn arn, boolean multiRegion) {
        Set<String> regions = new LinkedHashSet<>();
        regions.add(arn.region());
        if (multiRegion) {
            scope.reachableBy(registry, arn.accountId())
                    .map(TrailState::homeRegion)
                    .filter(region -> Partitions.of(region).equals(arn.partition()))
                    .forEach(regions::add);
        }
        return regions;
    }
}
