package io.github.mockcloudtrail.examples.quickstart;

import io.github.mockcloudtrail.assertj.CloudTrailSoftAssertions;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@MockCloudTrail
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true, logFileValidation = true, logging = true)
@SeedTrail(name = "app-trail", s3BucketName = "app-logs", logging = true)
@ExtendWith(SoftAssertionsExtension.class)
class SoftAuditRequirementsTest {
    @InjectSoftAssertions
    CloudTrailSoftAssertions softly;

    @Test
    void reportsEveryGapAtOnce(CloudTrailClient cloudTrail) {
        // Each failure is collected, and the test fails after it ran, listing all of them.
        softly.assertThat(cloudTrail).trail("org-audit")
                .isLogging()
                .isMultiRegion()
                .hasLogFileValidationEnabled()
                .logsManagementEvents(ReadWriteType.ALL);
        softly.assertThat(cloudTrail).trail("app-trail")
                .isLogging()
                .deliversTo("app-logs");
    }
}
