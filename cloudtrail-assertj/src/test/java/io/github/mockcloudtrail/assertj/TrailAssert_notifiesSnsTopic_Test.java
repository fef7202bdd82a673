package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.configuration;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "notifying", s3BucketName = "notified-logs", snsTopicName = "audit-deliveries")
class TrailAssert_notifiesSnsTopic_Test {

    @Test
    void should_pass_if_trail_notifies_the_topic_given_by_name_or_arn(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "notifying");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail)
                .notifiesSnsTopic("audit-deliveries")
                .notifiesSnsTopic("arn:aws:sns:us-east-1:123456789012:audit-deliveries"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_notifies_another_topic(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "notifying");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).notifiesSnsTopic("security-alerts"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "notifying" to notify SNS topic "security-alerts", \
                but it notifies "arn:aws:sns:us-east-1:123456789012:audit-deliveries".
                """ + configuration("notifying", "S3 bucket: notified-logs",
                        "SNS topic: arn:aws:sns:us-east-1:123456789012:audit-deliveries"));
    }

    @Test
    void should_fail_if_trail_notifies_no_topic(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).notifiesSnsTopic("audit-deliveries"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to notify SNS topic "audit-deliveries", but it notifies no SNS topic.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
