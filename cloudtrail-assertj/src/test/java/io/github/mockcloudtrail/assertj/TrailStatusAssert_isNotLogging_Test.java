package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

@AuditTrails
class TrailStatusAssert_isNotLogging_Test {

    @Test
    void should_pass_if_trail_stopped_logging(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).isNotLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_is_logging(CloudTrailClient cloudTrail) {
        // GIVEN
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).isNotLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting the trail not to be logging, but it is.
                Status of the trail:
                  logging: yes
                  started logging: 2024-03-01T12:00:00Z""");
    }
}
