package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "regional", s3BucketName = "regional-logs", includeGlobalServiceEvents = false)
class TrailAssert_excludesGlobalServiceEvents_Test {

    @Test
    void should_pass_if_trail_excludes_global_service_events(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "regional");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).excludesGlobalServiceEvents());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_includes_global_service_events(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).excludesGlobalServiceEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to exclude global service events, but it includes them.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
