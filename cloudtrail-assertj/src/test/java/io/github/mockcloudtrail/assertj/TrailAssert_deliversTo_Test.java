package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
class TrailAssert_deliversTo_Test {

    @Test
    void should_pass_if_trail_delivers_to_the_bucket_whatever_the_prefix(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).deliversTo("audit-logs"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_delivers_to_the_bucket_under_the_prefix(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail orgAudit = trail(cloudTrail, "org-audit");
        Trail appTrail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(orgAudit).deliversTo("audit-logs", "org/");
            a.assertThat(appTrail).deliversTo("app-logs", null);
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_delivers_to_another_bucket(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).deliversTo("audit-logs"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to deliver to S3 bucket "audit-logs", but it delivers to S3 bucket "app-logs".
                """ + APP_TRAIL_CONFIGURATION);
    }

    @Test
    void should_fail_if_trail_delivers_under_another_prefix(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).deliversTo("audit-logs", "accounts/"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to deliver to S3 bucket "audit-logs" under key prefix "accounts/", \
                but it delivers to S3 bucket "audit-logs" under key prefix "org/".
                """ + ORG_AUDIT_CONFIGURATION);
    }

    @Test
    void should_fail_if_trail_delivers_without_prefix(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).deliversTo("app-logs", "app/"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to deliver to S3 bucket "app-logs" under key prefix "app/", \
                but it delivers to S3 bucket "app-logs" with no key prefix.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
