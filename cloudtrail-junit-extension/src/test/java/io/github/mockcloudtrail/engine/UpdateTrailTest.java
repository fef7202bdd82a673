package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsLogGroupArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsRoleArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidKmsKeyIdException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3BucketNameException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3PrefixException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidSnsTopicNameException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailResponse;

/** {@code UpdateTrail}: what a request changes, keeps and clears, and that a rejected request changes nothing. */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs", s3KeyPrefix = "org", snsTopicName = "audit-topic",
        kmsKeyId = "alias/audit", logFileValidation = true,
        cloudWatchLogsLogGroupArn = UpdateTrailTest.LOG_GROUP, cloudWatchLogsRoleArn = UpdateTrailTest.ROLE)
// SnsTopicName is deprecated in the SDK model but still part of CloudTrail's answers.
@SuppressWarnings("deprecation")
class UpdateTrailTest {
    static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/audit:*";
    static final String ROLE = "arn:aws:iam::123456789012:role/CloudTrail_CloudWatchLogs_Role";
    private static final String KEY_ID = "12345678-1234-1234-1234-123456789012";

    private static Trail audit(CloudTrailClient client) {
        return client.getTrail(r -> r.name("audit")).trail();
    }

    @Test
    void keepsEverySettingTheRequestLeavesOut(CloudTrailClient client) {
        Trail before = audit(client);

        UpdateTrailResponse updated = client.updateTrail(r -> r.name("audit"));

        assertThat(audit(client)).isEqualTo(before);
        assertThat(updated.s3KeyPrefix()).isEqualTo("org");
        assertThat(updated.snsTopicARN()).isEqualTo("arn:aws:sns:us-east-1:123456789012:audit-topic");
        assertThat(updated.kmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:123456789012:alias/audit");
        assertThat(updated.logFileValidationEnabled()).isTrue();
        assertThat(updated.cloudWatchLogsLogGroupArn()).isEqualTo(LOG_GROUP);
    }

    @Test
    void changesTheSettingsTheRequestGives(CloudTrailClient client) {
        UpdateTrailResponse updated = client.updateTrail(r -> r.name("audit").s3BucketName("new-logs")
                .s3KeyPrefix("team").snsTopicName("new-topic").kmsKeyId(KEY_ID).enableLogFileValidation(false)
                .includeGlobalServiceEvents(false));

        assertThat(updated.name()).isEqualTo("audit");
        assertThat(updated.trailARN()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        Trail trail = audit(client);
        assertThat(trail.s3BucketName()).isEqualTo("new-logs");
        assertThat(trail.s3KeyPrefix()).isEqualTo("team");
        assertThat(trail.snsTopicName()).isEqualTo("new-topic");
        assertThat(trail.snsTopicARN()).isEqualTo("arn:aws:sns:us-east-1:123456789012:new-topic");
        assertThat(trail.kmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/" + KEY_ID);
        assertThat(trail.logFileValidationEnabled()).isFalse();
        assertThat(trail.includeGlobalServiceEvents()).isFalse();
        assertThat(updated.s3BucketName()).isEqualTo(trail.s3BucketName());
        assertThat(updated.kmsKeyId()).isEqualTo(trail.kmsKeyId());
    }

    @Test
    void clearsOptionalSettingsGivenAsEmptyStrings(CloudTrailClient client) {
        client.updateTrail(r -> r.name("audit").s3KeyPrefix("").snsTopicName("").kmsKeyId("")
                .cloudWatchLogsLogGroupArn("").cloudWatchLogsRoleArn(""));

        Trail trail = audit(client);
        assertThat(trail.s3KeyPrefix()).isNull();
        assertThat(trail.snsTopicName()).isNull();
        assertThat(trail.snsTopicARN()).isNull();
        assertThat(trail.kmsKeyId()).isNull();
        assertThat(trail.cloudWatchLogsLogGroupArn()).isNull();
        assertThat(trail.cloudWatchLogsRoleArn()).isNull();
    }

    @Test
    void requiresTheName(CloudTrailClient client) {
        assertRejected(() -> client.updateTrail(r -> r.s3KeyPrefix("x")), CloudTrailException.class,
                "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 'name' failed to satisfy constraint:"
                        + " Member must not be null");
    }

    @Test
    void rejectsAnEmptyBucketName(CloudTrailClient client) {
        assertRejected(() -> client.updateTrail(r -> r.name("audit").s3BucketName("")),
                InvalidS3BucketNameException.class, "InvalidS3BucketNameException")
                .contains("between 3 and 63 characters long, but has 0");
    }

    @Test
    void checksEachSettingAsCreateTrailDoes(CloudTrailClient client) {
        assertRejected(() -> client.updateTrail(r -> r.name("audit").s3BucketName("Audit")),
                InvalidS3BucketNameException.class, "InvalidS3BucketNameException").contains("contains 'A'");
        assertRejected(() -> client.updateTrail(r -> r.name("audit").s3KeyPrefix("p".repeat(201))),
                InvalidS3PrefixException.class, "InvalidS3PrefixException").contains("maximum length is 200");
        assertRejected(() -> client.updateTrail(r -> r.name("audit").snsTopicName("a topic")),
                InvalidSnsTopicNameException.class, "InvalidSnsTopicNameException").contains("'a topic'");
        assertRejected(() -> client.updateTrail(r -> r.name("audit").kmsKeyId("my-key")),
                InvalidKmsKeyIdException.class, "InvalidKmsKeyIdException").contains("'my-key'");
        assertRejected(() -> client.updateTrail(r -> r.name("audit").cloudWatchLogsRoleArn("arn:aws:iam::123456789012:user/x")),
                InvalidCloudWatchLogsRoleArnException.class, "InvalidCloudWatchLogsRoleArnException")
                .contains("'arn:aws:iam::123456789012:user/x' is not valid");
    }

    @Test
    void rejectsClearingTheRoleButKeepingTheLogGroup(CloudTrailClient client) {
        assertRejected(() -> client.updateTrail(r -> r.name("audit").cloudWatchLogsRoleArn("")),
                InvalidCloudWatchLogsRoleArnException.class, "InvalidCloudWatchLogsRoleArnException")
                .isEqualTo("You must specify a role ARN as well as a log group.");
    }

    @Test
    void rejectsClearingTheLogGroupButKeepingTheRole(CloudTrailClient client) {
        assertRejected(() -> client.updateTrail(r -> r.name("audit").cloudWatchLogsLogGroupArn("")),
                InvalidCloudWatchLogsLogGroupArnException.class, "InvalidCloudWatchLogsLogGroupArnException")
                .isEqualTo("You must specify a log group as well as a role ARN.");
    }

    @Test
    void changesTheLogGroupAloneWhenTheRoleStays(CloudTrailClient client) {
        String other = "arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/other:*";

        client.updateTrail(r -> r.name("audit").cloudWatchLogsLogGroupArn(other));

        assertThat(audit(client).cloudWatchLogsLogGroupArn()).isEqualTo(other);
        assertThat(audit(client).cloudWatchLogsRoleArn()).isEqualTo(ROLE);
    }

    @Test
    void rejectsTurningOffGlobalServiceEventsOfAMultiRegionTrail(CloudTrailClient client) {
        client.updateTrail(r -> r.name("audit").isMultiRegionTrail(true));

        assertRejected(() -> client.updateTrail(r -> r.name("audit").includeGlobalServiceEvents(false)),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException")
                .contains("IsMultiRegionTrail true requires IncludeGlobalServiceEvents true");
        assertThat(audit(client).includeGlobalServiceEvents()).isTrue();
    }

    @Test
    void rejectsTurningOnMultiRegionForATrailWithoutGlobalServiceEvents(CloudTrailClient client) {
        client.updateTrail(r -> r.name("audit").includeGlobalServiceEvents(false));

        assertRejected(() -> client.updateTrail(r -> r.name("audit").isMultiRegionTrail(true)),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException")
                .contains("IsMultiRegionTrail true requires IncludeGlobalServiceEvents true");
        assertThat(audit(client).isMultiRegionTrail()).isFalse();
    }

    @Test
    void turnsMultiRegionAndGlobalServiceEventsOnInOneRequest(CloudTrailClient client) {
        client.updateTrail(r -> r.name("audit").includeGlobalServiceEvents(false));

        client.updateTrail(r -> r.name("audit").isMultiRegionTrail(true).includeGlobalServiceEvents(true));

        assertThat(audit(client).isMultiRegionTrail()).isTrue();
    }

    @Test
    void aRequestWithOneBadSettingChangesNoSetting(CloudTrailClient client) {
        Trail before = audit(client);

        assertRejected(() -> client.updateTrail(r -> r.name("audit").s3BucketName("new-logs").s3KeyPrefix("team")
                .snsTopicName("").enableLogFileValidation(false).isMultiRegionTrail(true).kmsKeyId("my-key")),
                InvalidKmsKeyIdException.class, "InvalidKmsKeyIdException")
                .contains("'my-key'");

        assertThat(audit(client)).isEqualTo(before);
    }
}
