package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012"))
class MockHandleTest {

    @Test
    void wiresApplicationCodeToTheMock(CloudTrailMock mock) {
        mock.seedTrail(TrailSeed.named("org-audit").s3BucketName("audit-logs").logging(true).build());

        try (CloudTrailClient cloudTrail = mock.clientBuilder().build()) {
            AuditTrailBaseline baseline = new AuditTrailBaseline(cloudTrail,
                    new AuditTrailPolicy("org-audit", "audit-logs"));
            assertThat(baseline.enforce().changes()).hasSize(3);
        }

        mock.reset();
        try (CloudTrailClient cloudTrail = mock.clientBuilder().build()) {
            assertThat(cloudTrail.describeTrails().trailList()).isEmpty();
        }
    }
}
