package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * A mock CloudTrail with trail org-audit, its clock fixed, recording the calls made to it in its event history
 * and its call journal. Tests make the calls whose records or journal entries they check with
 * {@link Fixtures#stopOrgAuditAndDeleteNope(CloudTrailClient)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", logging = true)
@interface OrgAuditCalls {
}
