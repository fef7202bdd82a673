package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
class TrailAssert_isSingleRegion_Test {

    @Test
    void should_pass_if_trail_is_single_region(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isSingleRegion());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_is_multi_region(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isSingleRegion());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to be a single-Region trail, but it is multi-Region.
                """ + ORG_AUDIT_CONFIGURATION);
    }

    @Test
    void should_fail_if_trail_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((Trail) null).isSingleRegion());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
