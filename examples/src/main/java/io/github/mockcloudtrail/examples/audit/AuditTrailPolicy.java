package io.github.mockcloudtrail.examples.audit;

import java.util.Objects;

/**
 * Which organization-wide audit trail should exist: its name, and the bucket it delivers to when it
 * has to be created.
 *
 * <pre>{@code
 * AuditTrailPolicy policy = new AuditTrailPolicy("org-audit", "example-org-audit-logs");
 * }</pre>
 *
 * @param trailName the trail's name
 * @param s3BucketName the bucket a newly created trail delivers log files to; an existing trail keeps its bucket
 */
public record AuditTrailPolicy(String trailName, String s3BucketName) {
    public AuditTrailPolicy {
        Objects.requireNonNull(trailName, "trailName");
        Objects.requireNonNull(s3BucketName, "s3BucketName");
    }
}
