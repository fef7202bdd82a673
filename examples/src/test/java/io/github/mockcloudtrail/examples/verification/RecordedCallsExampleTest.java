package io.github.mockcloudtrail.examples.verification;

import static io.github.mockcloudtrail.CallCount.never;
import static io.github.mockcloudtrail.CallCount.times;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailRequest;

@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012"))
class RecordedCallsExampleTest {

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "audit-logs")
    void repairsWithOneUpdateAndOneStart(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        new AuditTrailBaseline(cloudTrail, new AuditTrailPolicy("org-audit", "audit-logs")).enforce();

        mock.verify(Operation.UPDATE_TRAIL, times(1));
        mock.verify(Operation.START_LOGGING, times(1));
        mock.verify(Operation.CREATE_TRAIL, never());
        UpdateTrailRequest update = mock.calls().of(Operation.UPDATE_TRAIL).get(0).request(UpdateTrailRequest.class);
        assertThat(update.isOrganizationTrail()).isTrue();
        assertThat(update.name()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");

        mock.calls().reset(); // forget the calls, keep the trail
        new AuditTrailBaseline(cloudTrail, new AuditTrailPolicy("org-audit", "audit-logs")).enforce();
        mock.verify(Operation.UPDATE_TRAIL, never());
    }
}
