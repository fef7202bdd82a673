package io.github.mockcloudtrail.examples.audit;

import java.util.List;

/**
 * What {@link AuditTrailBaseline#enforce()} changed, in the order it changed it; empty when the trail
 * already met the policy.
 *
 * <pre>{@code
 * BaselineReport report = baseline.enforce();
 * if (!report.alreadyCompliant()) {
 *     log.info("Repaired {}: {}", report.trailName(), report.changes());
 * }
 * }</pre>
 *
 * @param trailName the audit trail
 * @param changes what was done to it
 */
public record BaselineReport(String trailName, List<Change> changes) {
    public BaselineReport {
        changes = List.copyOf(changes);
    }

    /** Whether nothing had to change. */
    public boolean alreadyCompliant() {
        return changes.isEmpty();
    }

    /** One repair the baseline can make. */
    public enum Change {
        CREATED_TRAIL,
        ENABLED_MULTI_REGION,
        ENABLED_LOG_FILE_VALIDATION,
        MADE_ORGANIZATION_WIDE,
        STARTED_LOGGING
    }
}
