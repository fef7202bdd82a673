package io.github.mockcloudtrail.examples.programmatic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.examples.audit.BaselineReport;
import io.github.mockcloudtrail.examples.audit.BaselineReport.Change;
import io.github.mockcloudtrail.junit.MockCloudTrailExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

class ProgrammaticTwinTest {

    @RegisterExtension
    static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
            .region("eu-west-1")
            .organization("123456789012", "210987654321")
            .seedTrail(TrailSeed.named("org-audit").s3BucketName("legacy-audit-logs").build())
            .clientCustomizer(builder -> builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)))
            .build();

    @Test
    void repairsTheSeededTrail(CloudTrailClient cloudTrail) {
        BaselineReport report = new AuditTrailBaseline(cloudTrail, new AuditTrailPolicy("org-audit", "audit-logs")).enforce();

        assertThat(report.changes()).contains(Change.MADE_ORGANIZATION_WIDE, Change.STARTED_LOGGING);
    }

    @Test
    void configuresTheApplicationFromTheExtension(CloudTrailMock mock) {
        // endpoint() starts the mock if nothing has yet: suppliers such as Spring's @DynamicPropertySource may call it.
        Map<String, String> applicationProperties = Map.of(
                "aws.cloudtrail.endpoint", CLOUDTRAIL.endpoint().toString(),
                "aws.region", CLOUDTRAIL.region().id());

        try (CloudTrailClient cloudTrail = CloudTrailClient.builder()
                .endpointOverride(URI.create(applicationProperties.get("aws.cloudtrail.endpoint")))
                .region(Region.of(applicationProperties.get("aws.region")))
                .credentialsProvider(CLOUDTRAIL.credentialsProvider())
                .build()) {
            assertThat(cloudTrail.getTrail(r -> r.name("org-audit")).trail().homeRegion()).isEqualTo("eu-west-1");
        }
        assertThat(mock.endpoint()).isEqualTo(CLOUDTRAIL.endpoint());
    }
}
