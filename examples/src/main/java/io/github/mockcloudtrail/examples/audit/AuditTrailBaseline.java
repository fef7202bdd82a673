package io.github.mockcloudtrail.examples.audit;

import io.github.mockcloudtrail.examples.audit.BaselineReport.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailRequest;

/**
 * Makes sure an organization's audit trail exists and is set up as an audit trail must be: logging,
 * in every Region, for every account of the organization, with log file integrity validation.
 *
 * <p>A missing trail is created; an existing one is repaired with {@code UpdateTrail} and
 * {@code StartLogging}, and keeps its bucket and other settings. Nothing is changed that already meets
 * the policy, so running the baseline again changes nothing. Errors from CloudTrail, such as an
 * invalid bucket name or an account outside an organization, reach the caller unchanged.
 *
 * <pre>{@code
 * AuditTrailBaseline baseline = new AuditTrailBaseline(cloudTrail,
 *         new AuditTrailPolicy("org-audit", "example-org-audit-logs"));
 * BaselineReport report = baseline.enforce();
 * }</pre>
 */
public final class AuditTrailBaseline {
    private final CloudTrailClient cloudTrail;
    private final AuditTrailPolicy policy;

    /**
     * @param cloudTrail a client acting as the organization's management account, in the trail's home Region
     * @param policy the trail to enforce
     */
    public AuditTrailBaseline(CloudTrailClient cloudTrail, AuditTrailPolicy policy) {
        this.cloudTrail = cloudTrail;
        this.policy = policy;
    }

    /** Creates or repairs the audit trail and reports what it changed. */
    public BaselineReport enforce() {
        List<Change> changes = new ArrayList<>();
        Optional<Trail> existing = findTrail();
        if (existing.isPresent()) {
            changes.addAll(repair(existing.get()));
        } else {
            create();
            changes.add(Change.CREATED_TRAIL);
        }
        if (!cloudTrail.getTrailStatus(r -> r.name(policy.trailName())).isLogging()) {
            cloudTrail.startLogging(r -> r.name(policy.trailName()));
            changes.add(Change.STARTED_LOGGING);
        }
        return new BaselineReport(policy.trailName(), changes);
    }

    private Optional<Trail> findTrail() {
        // DescribeTrails leaves out names it does not know, so a missing trail is no exception.
        return cloudTrail.describeTrails(r -> r.trailNameList(policy.trailName()).includeShadowTrails(false))
                .trailList().stream().findFirst();
    }

    private void create() {
        cloudTrail.createTrail(r -> r.name(policy.trailName())
                .s3BucketName(policy.s3BucketName())
                .isMultiRegionTrail(true)
                .isOrganizationTrail(true)
                .enableLogFileValidation(true));
    }

    /** Turns on whatever the policy needs and the trail lacks, in one UpdateTrail call. */
    private List<Change> repair(Trail trail) {
        List<Change> changes = new ArrayList<>();
        UpdateTrailRequest.Builder update = UpdateTrailRequest.builder().name(trail.trailARN());
        if (!Boolean.TRUE.equals(trail.isMultiRegionTrail())) {
            update.isMultiRegionTrail(true);
            changes.add(Change.ENABLED_MULTI_REGION);
        }
        if (!Boolean.TRUE.equals(trail.logFileValidationEnabled())) {
            update.enableLogFileValidation(true);
            changes.add(Change.ENABLED_LOG_FILE_VALIDATION);
        }
        if (!Boolean.TRUE.equals(trail.isOrganizationTrail())) {
            update.isOrganizationTrail(true);
            changes.add(Change.MADE_ORGANIZATION_WIDE);
        }
        if (!changes.isEmpty()) {
            cloudTrail.updateTrail(update.build());
        }
        return changes;
    }
}
