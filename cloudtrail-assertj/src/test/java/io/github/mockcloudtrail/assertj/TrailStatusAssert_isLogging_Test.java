package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

@AuditTrails
class TrailStatusAssert_isLogging_Test {

    @Test
    void should_pass_if_trail_is_logging(CloudTrailClient cloudTrail) {
        // GIVEN
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).isLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_is_not_logging(CloudTrailClient cloudTrail) {
        // GIVEN
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("app-trail"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).isLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting the trail to be logging, but it is not.
                Status of the trail:
                  logging: no""");
    }

    @Test
    void should_fail_if_status_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((GetTrailStatusResponse) null).isLogging());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
