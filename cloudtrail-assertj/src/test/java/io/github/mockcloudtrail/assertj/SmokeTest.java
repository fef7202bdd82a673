package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@MockCloudTrail
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", logging = true)
class SmokeTest {
    @Test
    void passes(CloudTrailClient cloudTrail) {
        Expect.passes(a -> a.assertThat(cloudTrail).trail("org-audit").isLogging().isSingleRegion()
                .eventSelectors().hasSize(1).selector(0).includesManagementEvents());
    }

    @Test
    void fails(CloudTrailClient cloudTrail) {
        Expect.fails(a -> a.assertThat(cloudTrail).trail("org-audit").isMultiRegion(), """
                Expecting trail "org-audit" to be a multi-Region trail, but it is not.
                Configuration of trail "org-audit":
                  ARN: arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
                  home Region: us-east-1
                  multi-Region: no
                  organization trail: no
                  S3 bucket: audit-logs
                  S3 key prefix: none
                  log file validation: disabled
                  KMS key: none
                  global service events: included
                  SNS topic: none
                  CloudWatch Logs log group: none""");
    }

    @Test
    void failsNav(CloudTrailClient cloudTrail) {
        Expect.fails(a -> a.assertThat(cloudTrail).trail("nope").isMultiRegion().eventSelectors().hasSize(3), """
                Expecting trail "nope" in us-east-1, but CloudTrail does not know it.
                Trails that exist:
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""");
    }
}
