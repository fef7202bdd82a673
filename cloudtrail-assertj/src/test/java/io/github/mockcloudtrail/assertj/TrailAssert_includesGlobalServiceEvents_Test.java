package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "regional", s3BucketName = "regional-logs", includeGlobalServiceEvents = false)
class TrailAssert_includesGlobalServiceEvents_Test {

    @Test
    void should_pass_if_trail_includes_global_service_events(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).includesGlobalServiceEvents());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_excludes_global_service_events(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "regional");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).includesGlobalServiceEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "regional" to include global service events, but it does not.
                """ + Fixtures.REGIONAL_CONFIGURATION);
    }

    @Test
    void should_fail_if_the_setting_is_absent() {
        // GIVEN
        Trail trail = Trail.builder().name("bare").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).includesGlobalServiceEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "bare" to include global service events, but it does not.
                Configuration of trail "bare":
                  ARN: none
                  home Region: none
                  multi-Region: not set
                  organization trail: not set
                  S3 bucket: none
                  S3 key prefix: none
                  log file validation: not set
                  KMS key: none
                  global service events: not set
                  SNS topic: none
                  CloudWatch Logs log group: none""");
    }
}
