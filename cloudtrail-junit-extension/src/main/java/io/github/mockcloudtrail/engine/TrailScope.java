package io.github.mockcloudtrail.engine;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which trails an account sees, and where.
 *
 * <ul>
 *   <li>An account can reach the trails it owns, and the organization trails of its organization's
 *       management account.</li>
 *   <li>A reachable trail is visible in its home Region and, when multi-Region, in every other Region of
 *       the same partition.</li>
 *   <li>A visible trail is a shadow trail there unless the account owns it and the Region is its home.</li>
 * </ul>
 */
final class TrailScope {
    private final Optional<Organization> organization;

    TrailScope(Optional<Organization> organization) {
        this.organization = organization;
    }

    boolean reachableBy(TrailState trail, String accountId) {
        if (trail.ownerAccountId().equals(accountId)) {
            return true;
        }
        return trail.organizationTrail && organization
                .filter(org -> org.isManagementAccount(trail.ownerAccountId()) && org.includes(accountId))
                .isPresent();
    }

    boolean visibleIn(TrailState trail, String accountId, String region) {
        return reachableBy(trail, accountId)
                && (trail.homeRegion().equals(region)
                        || (trail.multiRegion && trail.arn.partition().equals(Partitions.of(region))));
    }

    /** A trail visible in the Region that the account does not own there: a replica of a trail homed elsewhere. */
    boolean isShadowIn(TrailState trail, String accountId, String region) {
        return visibleIn(trail, accountId, region)
                && !(trail.ownerAccountId().equals(accountId) && trail.homeRegion().equals(region));
    }

    Stream<TrailState> reachableBy(TrailRegistry registry, String accountId) {
        return registry.all().stream().filter(trail -> reachableBy(trail, accountId));
    }

    Stream<TrailState> visibleIn(TrailRegistry registry, String accountId, String region) {
        return registry.all().stream().filter(trail -> visibleIn(trail, accountId, region));
    }
}
