package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012", memberAccounts = "210987654321"))
@SeedTrail(name = "org-wide", s3BucketName = "org-logs", organizationTrail = true, multiRegion = true)
@SeedTrail(name = "app-trail", s3BucketName = "app-logs")
class TrailAssert_isOrganizationTrail_Test {

    @Test
    void should_pass_if_trail_is_an_organization_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-wide");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isOrganizationTrail());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_logs_its_own_account_only(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isOrganizationTrail());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to be an organization trail, but it is not.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
