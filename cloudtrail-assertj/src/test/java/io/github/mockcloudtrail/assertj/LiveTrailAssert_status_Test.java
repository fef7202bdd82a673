package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class LiveTrailAssert_status_Test {

    @Test
    void should_lead_to_the_status_and_back(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit")
                .status().isLogging().hasNoDeliveryErrors()
                .returnToTrail().isMultiRegion());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_status_naming_the_trail(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").status().isLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to be logging, but it is not.
                Status of trail "app-trail":
                  logging: no""");
    }

    @Test
    void should_fail_once_if_the_trail_does_not_exist(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("nope").status().isLogging());
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }

    @Test
    void should_collect_failures_before_and_after_returning_to_the_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        // WHEN
        softly.assertThat(cloudTrail).trail("app-trail").status().isLogging().returnToTrail().isMultiRegion();
        // THEN
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                status -> assertThat(status).startsWith("%nExpecting trail \"app-trail\" to be logging, but it is not.".formatted()),
                configuration -> assertThat(configuration).startsWith("""
                        %nExpecting trail "app-trail" to be a multi-Region trail, but it is not.
                        %s""".formatted(APP_TRAIL_CONFIGURATION)));
    }
}
