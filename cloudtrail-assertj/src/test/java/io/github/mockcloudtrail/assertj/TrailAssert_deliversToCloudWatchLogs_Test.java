package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.configuration;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "to-logs", s3BucketName = "logs-too", cloudWatchLogsLogGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:audit:*",
        cloudWatchLogsRoleArn = "arn:aws:iam::123456789012:role/CloudTrailToLogs")
class TrailAssert_deliversToCloudWatchLogs_Test {

    @Test
    void should_pass_if_trail_delivers_to_the_log_group(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "to-logs");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail)
                .deliversToCloudWatchLogs("arn:aws:logs:us-east-1:123456789012:log-group:audit:*"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_delivers_to_another_log_group(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "to-logs");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail)
                .deliversToCloudWatchLogs("arn:aws:logs:us-east-1:123456789012:log-group:security:*"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "to-logs" to deliver events to CloudWatch Logs log group \
                "arn:aws:logs:us-east-1:123456789012:log-group:security:*", \
                but it delivers to "arn:aws:logs:us-east-1:123456789012:log-group:audit:*".
                """ + configuration("to-logs", "S3 bucket: logs-too",
                        "CloudWatch Logs log group: arn:aws:logs:us-east-1:123456789012:log-group:audit:*"));
    }

    @Test
    void should_fail_if_trail_delivers_to_no_log_group(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail)
                .deliversToCloudWatchLogs("arn:aws:logs:us-east-1:123456789012:log-group:audit:*"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to deliver events to CloudWatch Logs log group \
                "arn:aws:logs:us-east-1:123456789012:log-group:audit:*", but it delivers to no CloudWatch Logs log group.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
