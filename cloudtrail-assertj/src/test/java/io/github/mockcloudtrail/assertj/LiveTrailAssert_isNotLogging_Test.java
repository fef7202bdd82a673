package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class LiveTrailAssert_isNotLogging_Test {

    @Test
    void should_pass_if_trail_is_not_logging(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").isNotLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_is_logging(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").isNotLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" not to be logging, but it is.
                Status of trail "org-audit":
                  logging: yes
                  started logging: 2024-03-01T12:00:00Z""");
    }
}
