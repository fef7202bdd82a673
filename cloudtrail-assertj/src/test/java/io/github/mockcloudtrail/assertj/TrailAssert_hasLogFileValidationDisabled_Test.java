package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
class TrailAssert_hasLogFileValidationDisabled_Test {

    @Test
    void should_pass_if_log_file_validation_is_disabled(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).hasLogFileValidationDisabled());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_log_file_validation_is_enabled(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).hasLogFileValidationDisabled());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have log file validation disabled, but it is enabled.
                """ + ORG_AUDIT_CONFIGURATION);
    }

    @Test
    void should_fail_if_trail_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((Trail) null).hasLogFileValidationDisabled());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
