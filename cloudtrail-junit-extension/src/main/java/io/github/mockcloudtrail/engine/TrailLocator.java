package io.github.mockcloudtrail.engine;

import java.util.Optional;

/**
 * Finds the trail a request names, by name or by ARN, as CloudTrail does.
 *
 * <p>An ARN reaches any trail the caller's account can reach, in any Region. A name is looked up
 * among the trails homed in the caller's Region first and, where the operation allows it, among the
 * shadow trails visible there. A malformed name or ARN is an {@code InvalidTrailNameException}; a
 * well-formed one that matches nothing is a {@code TrailNotFoundException}.
 */
final class TrailLocator {
    /** Which trails a bare name can match. */
    enum NameScope {
        /** Only trails homed in the caller's Region; shadow trails need their ARN. */
        HOME_REGION,
        /** Trails homed in the caller's Region, then shadow trails visible there. */
        VISIBLE
    }

    private final TrailRegistry registry;
    private final TrailScope scope;

    TrailLocator(TrailRegistry registry, TrailScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    TrailState require(String nameOrArn, Caller caller, NameScope nameScope) {
        return find(nameOrArn, caller, nameScope).orElseThrow(() -> new CloudTrailApiException(
                ErrorCode.TRAIL_NOT_FOUND, "Unknown trail: " + nameOrArn + " for the user: " + caller.accountId()));
    }

    Optional<TrailState> find(String nameOrArn, Caller caller, NameScope nameScope) {
        if (TrailArn.looksLikeArn(nameOrArn)) {
            return findByArn(TrailArn.parseTrailParameter(nameOrArn), caller.accountId());
        }
        String name = TrailNameRule.requireValid(nameOrArn);
        Optional<TrailState> home = registry.find(
                TrailArn.of(caller.partition(), caller.region(), caller.accountId(), name));
        if (home.isPresent() || nameScope == NameScope.HOME_REGION) {
            return home;
        }
        return scope.visibleIn(registry, caller.accountId(), caller.region())
                .filter(trail -> trail.name().equals(name))
                .findFirst();
    }

    Optional<TrailState> findByArn(TrailArn arn, String accountId) {
        return registry.find(arn).filter(trail -> scope.reachableBy(trail, accountId));
    }
}
