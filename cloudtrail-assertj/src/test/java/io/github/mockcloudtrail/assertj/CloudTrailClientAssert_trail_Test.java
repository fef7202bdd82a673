package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class CloudTrailClientAssert_trail_Test {

    @Test
    void should_lead_to_the_trail_by_name_or_arn(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(cloudTrail).trail("org-audit").isLogging();
            a.assertThat(cloudTrail).trail(ORG_AUDIT_ARN).isMultiRegion();
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_once_listing_the_trails_that_exist_if_the_trail_does_not(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("nope").isLogging().hasTag("owner", "security"));
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }

    @Test
    void should_say_so_when_no_trail_exists(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.deleteTrail(r -> r.name("org-audit"));
        cloudTrail.deleteTrail(r -> r.name("app-trail"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").isLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" in us-east-1, but CloudTrail does not know it.
                Trails that exist: none""");
    }

    @Test
    void should_fail_once_if_the_client_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((CloudTrailClient) null).trail("org-audit").isLogging());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
