package io.github.mockcloudtrail.examples.regions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.junit.ForAccount;
import io.github.mockcloudtrail.junit.ForRegion;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail(region = "us-east-1",
        organization = @MockOrganization(managementAccount = "123456789012", memberAccounts = "210987654321"))
class OrganizationWideTrailTest {

    @Test
    void theAuditTrailReachesEveryRegionAndMemberAccount(CloudTrailClient management,
            @ForRegion("eu-west-1") CloudTrailClient ireland,
            @ForAccount("210987654321") @ForRegion("ap-southeast-2") CloudTrailClient memberInSydney) {
        new AuditTrailBaseline(management, new AuditTrailPolicy("org-audit", "audit-logs")).enforce();

        String arn = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
        assertThat(ireland.describeTrails().trailList()).extracting(Trail::trailARN).containsExactly(arn);
        assertThat(memberInSydney.describeTrails().trailList()).extracting(Trail::trailARN).containsExactly(arn);
    }
}
