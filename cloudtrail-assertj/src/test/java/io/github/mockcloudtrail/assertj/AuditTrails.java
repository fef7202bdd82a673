package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mock CloudTrail holding the two trails most tests use, its clock fixed; {@link Fixtures} says how failure
 * messages print them.
 *
 * <pre>{@code
 * @AuditTrails
 * class TrailAssert_isMultiRegion_Test { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", s3KeyPrefix = "org/", multiRegion = true, logFileValidation = true,
        logging = true, tags = {"owner=security", "cost-center=42"})
@SeedTrail(name = "app-trail", s3BucketName = "app-logs")
@interface AuditTrails {
}
