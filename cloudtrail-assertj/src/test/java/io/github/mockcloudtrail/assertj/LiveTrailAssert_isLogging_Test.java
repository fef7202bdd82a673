package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class LiveTrailAssert_isLogging_Test {

    @Test
    void should_pass_if_trail_is_logging(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").isLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_never_started_logging(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").isLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to be logging, but it is not.
                Status of trail "app-trail":
                  logging: no""");
    }

    @Test
    void should_fail_if_trail_stopped_logging(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").isLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to be logging, but it is not.
                Status of trail "org-audit":
                  logging: no
                  started logging: 2024-03-01T12:00:00Z
                  stopped logging: 2024-03-01T12:00:00Z""");
    }
}
