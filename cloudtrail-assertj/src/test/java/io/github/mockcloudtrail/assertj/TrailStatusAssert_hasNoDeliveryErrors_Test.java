package io.github.mockcloudtrail.assertj;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

@AuditTrails
class TrailStatusAssert_hasNoDeliveryErrors_Test {

    @Test
    void should_pass_if_the_mock_reports_no_delivery_errors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).hasNoDeliveryErrors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_status_reports_delivery_errors() {
        // GIVEN: as real AWS reports a bucket policy that no longer lets CloudTrail write
        GetTrailStatusResponse status = GetTrailStatusResponse.builder()
                .isLogging(true)
                .startLoggingTime(Instant.parse("2024-03-01T12:00:00Z"))
                .latestDeliveryTime(Instant.parse("2024-03-02T08:15:00Z"))
                .latestDeliveryError("AccessDenied")
                .latestDigestDeliveryError("AccessDenied")
                .build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(status).hasNoDeliveryErrors());
        // THEN
        outcome.shouldFailWith("""
                Expecting the trail to report no delivery errors, but it reports latest delivery error, \
                latest digest delivery error.
                Status of the trail:
                  logging: yes
                  started logging: 2024-03-01T12:00:00Z
                  latest delivery: 2024-03-02T08:15:00Z
                  latest delivery error: AccessDenied
                  latest digest delivery error: AccessDenied""");
    }
}
