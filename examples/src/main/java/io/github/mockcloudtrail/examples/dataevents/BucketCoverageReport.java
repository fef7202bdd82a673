package io.github.mockcloudtrail.examples.dataevents;

import java.util.List;

/**
 * What {@link SensitiveBucketAudit#run()} found: the trails that record everything required, and for every other
 * trail what it misses and why.
 *
 * <pre>{@code
 * BucketCoverageReport report = audit.run();
 * report.coveringTrails(); // [payroll-audit]
 * report.gaps();           // [Gap[trail=app-trail, missing=reads of payroll, why=would not log ...]]
 * }</pre>
 *
 * @param coveringTrails the trails that log every required event
 * @param gaps what the other trails miss
 */
public record BucketCoverageReport(List<String> coveringTrails, List<Gap> gaps) {
    public BucketCoverageReport {
        coveringTrails = List.copyOf(coveringTrails);
        gaps = List.copyOf(gaps);
    }

    /** Whether at least one trail logs every required event. */
    public boolean compliant() {
        return !coveringTrails.isEmpty();
    }

    /**
     * A required event a trail would not log.
     *
     * @param trail the trail's name
     * @param missing the requirement, such as {@code reads of payroll}
     * @param why the evaluator's explanation
     */
    public record Gap(String trail, String missing, String why) {
    }
}
