package io.github.mockcloudtrail.examples.audit;

import static io.github.mockcloudtrail.assertj.CloudTrailAssertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** What {@link AuditTrailBaseline} asks of CloudTrail, checked on the mock's journal of the calls it received. */
@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012"))
class AuditTrailBaselineCallsTest {
    private static final AuditTrailPolicy POLICY = new AuditTrailPolicy("org-audit", "audit-logs");

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", logging = true)
    void repairsATrailThatIsLoggingWithoutRestartingIt(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(mock).received(Operation.START_LOGGING).never()
                .returnToMock()
                .received(Operation.UPDATE_TRAIL).withTrailName("org-audit").succeeded().once()
                .returnToMock()
                .received(Operation.CREATE_TRAIL).never();
    }

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true, organizationTrail = true,
            logFileValidation = true, logging = true)
    void onlyReadsATrailThatAlreadyMeetsThePolicy(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(mock).receivedOnly(Operation.DESCRIBE_TRAILS, Operation.GET_TRAIL_STATUS);
    }
}
