package io.github.mockcloudtrail.examples.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.examples.audit.BaselineReport.Change;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

// Needs junit.jupiter.execution.parallel.enabled=true (examples/src/test/resources/junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012"))
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs")
class ParallelBaselineTest {
    private static final AuditTrailPolicy POLICY = new AuditTrailPolicy("org-audit", "audit-logs");

    @Test
    void repairsTheTrail(CloudTrailClient cloudTrail) {
        assertThat(new AuditTrailBaseline(cloudTrail, POLICY).enforce().changes())
                .contains(Change.ENABLED_MULTI_REGION, Change.STARTED_LOGGING);
    }

    @Test
    void recreatesADeletedTrail(CloudTrailClient cloudTrail) {
        cloudTrail.deleteTrail(r -> r.name("org-audit"));

        assertThat(new AuditTrailBaseline(cloudTrail, POLICY).enforce().changes())
                .containsExactly(Change.CREATED_TRAIL, Change.STARTED_LOGGING);
    }

    @Test
    void findsTheSeededTrailUntouched(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.getTrail(r -> r.name("org-audit")).trail().isMultiRegionTrail()).isFalse();
        assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).isLogging()).isFalse();
    }
}
