package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** The configuration assertions ({@code TrailAssert_*_Test}) hold for a live trail too, read by {@code GetTrail}. */
@AuditTrails
class LiveTrailAssert_configuration_Test {

    @Test
    void should_pass_if_the_live_trail_is_configured_so(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit")
                .isMultiRegion()
                .isNotOrganizationTrail()
                .hasLogFileValidationEnabled()
                .includesGlobalServiceEvents()
                .deliversTo("audit-logs", "org/")
                .isNotEncrypted()
                .hasHomeRegion("us-east-1"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_the_live_trails_configuration(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").hasLogFileValidationEnabled());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to have log file validation enabled, but it is not.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
