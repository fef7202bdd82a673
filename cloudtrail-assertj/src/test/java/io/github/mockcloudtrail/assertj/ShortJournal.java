package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * {@link OrgAuditCalls} with a call journal that keeps one call: after
 * {@link Fixtures#stopOrgAuditAndDeleteNope(CloudTrailClient)} it holds the {@code DeleteTrail} and has dropped
 * the {@code StopLogging}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockCloudTrail(clock = "2024-03-01T12:00:00Z", journalLimit = 1)
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", logging = true)
@interface ShortJournal {
}
