package io.github.mockcloudtrail.engine;

/**
 * Who may change a trail, and from where: only its owner (members cannot change their organization's
 * trails) and only from its home Region.
 */
final class ChangeGuard {
    private ChangeGuard() {
    }

    /** Guards trail settings and logging: a call from another Region is an {@code InvalidHomeRegionException}. */
    static void requireChangeable(TrailState trail, Caller caller) {
        requireChangeable(trail, caller, ErrorCode.INVALID_HOME_REGION);
    }

    /**
     * @param fromOtherRegion the code for a call from a Region other than the trail's home; tagging calls
     *     do not document {@code InvalidHomeRegionException} and use {@code OperationNotPermittedException}
     */
    static void requireChangeable(TrailState trail, Caller caller, ErrorCode fromOtherRegion) {
        if (!trail.ownerAccountId().equals(caller.accountId())) {
            throw new CloudTrailApiException(ErrorCode.NOT_ORGANIZATION_MASTER_ACCOUNT, "Trail " + trail.arn
                    + " is an organization trail; only the management account " + trail.ownerAccountId()
                    + " can change it, not " + caller.accountId() + ".");
        }
        if (!trail.homeRegion().equals(caller.region())) {
            throw new CloudTrailApiException(fromOtherRegion, "Trail " + trail.name() + " was created in "
                    + trail.homeRegion() + " and can only be changed from there, not from " + caller.region() + ".");
        }
    }
}
