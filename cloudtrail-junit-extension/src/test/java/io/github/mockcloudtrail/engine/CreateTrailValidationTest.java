package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsLogGroupArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsRoleArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidKmsKeyIdException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3BucketNameException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3PrefixException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidSnsTopicNameException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/** What {@code CreateTrail} checks in each delivery setting, and what it stores and answers. */
// SnsTopicName is deprecated in the SDK model but still part of CloudTrail's answers.
@SuppressWarnings("deprecation")
@MockCloudTrail
class CreateTrailValidationTest {
    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/audit:*";
    private static final String ROLE = "arn:aws:iam::123456789012:role/CloudTrail_CloudWatchLogs_Role";
    private static final String KEY_ID = "12345678-1234-1234-1234-123456789012";

    private static CreateTrailRequest.Builder trail() {
        return CreateTrailRequest.builder().name("audit").s3BucketName("audit-logs");
    }

    @Test
    void answersWithTheStoredSettingsAndDefaults(CloudTrailClient client) {
        CreateTrailResponse created = client.createTrail(trail().build());

        assertThat(created.name()).isEqualTo("audit");
        assertThat(created.trailARN()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        assertThat(created.s3BucketName()).isEqualTo("audit-logs");
        assertThat(created.includeGlobalServiceEvents()).isTrue();
        assertThat(created.isMultiRegionTrail()).isFalse();
        assertThat(created.logFileValidationEnabled()).isFalse();
        assertThat(created.isOrganizationTrail()).isFalse();
        assertThat(created.s3KeyPrefix()).isNull();
        assertThat(created.snsTopicARN()).isNull();
        assertThat(created.kmsKeyId()).isNull();
        assertThat(created.cloudWatchLogsLogGroupArn()).isNull();
    }

    @Test
    void requiresNameAndBucket(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.s3BucketName("audit-logs")), CloudTrailException.class,
                "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 'name' failed to satisfy constraint:"
                        + " Member must not be null");
        assertRejected(() -> client.createTrail(r -> r.name("audit")), CloudTrailException.class, "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 's3BucketName' failed to satisfy constraint:"
                        + " Member must not be null");
    }

    @Test
    void listsEveryMissingMemberInOneValidationError(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(CreateTrailRequest.builder().build()), CloudTrailException.class,
                "ValidationException")
                .isEqualTo("2 validation errors detected: Value null at 'name' failed to satisfy constraint:"
                        + " Member must not be null; Value null at 's3BucketName' failed to satisfy constraint:"
                        + " Member must not be null");
    }

    @Test
    void checksRequiredMembersBeforeAnyRule(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("my--trail")), CloudTrailException.class,
                "ValidationException")
                .contains("'s3BucketName'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "audit.logs-2024", "123-logs",
        "a23456789012345678901234567890123456789012345678901234567890123"})
    void acceptsBucketNamesThatFollowTheS3Rules(String bucket, CloudTrailClient client) {
        assertThat(client.createTrail(trail().s3BucketName(bucket).build()).s3BucketName()).isEqualTo(bucket);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                    | between 3 and 63 characters long, but has 0",
        "ab                    | between 3 and 63 characters long, but has 2",
        "a234567890123456789012345678901234567890123456789012345678901234 | between 3 and 63 characters long, but has 64",
        "Audit-Logs            | contains 'A'",
        "audit_logs            | contains '_'",
        "audit logs            | contains ' '",
        "-audit-logs           | must start and end with a lowercase letter or number",
        "audit-logs.           | must start and end with a lowercase letter or number",
        "audit..logs           | two adjacent periods",
        "audit.-logs           | a period must not be next to a hyphen",
        "audit-.logs           | a period must not be next to a hyphen",
        "192.168.5.4           | formatted as an IP address",
        "xn--audit-logs        | the prefix 'xn--' is reserved",
        "sthree-audit          | the prefix 'sthree-' is reserved",
        "audit-logs-s3alias    | the suffix '-s3alias' is reserved",
        "audit-logs--ol-s3     | the suffix '--ol-s3' is reserved"})
    void rejectsBucketNamesThatBreakTheS3Rules(String bucket, String problem, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().s3BucketName(bucket).build()),
                InvalidS3BucketNameException.class, "InvalidS3BucketNameException")
                .startsWith("Bucket name '" + bucket + "' is not valid: ")
                .contains(problem);
    }

    @Test
    void acceptsAKeyPrefixOf200Characters(CloudTrailClient client) {
        String prefix = "p".repeat(200);

        assertThat(client.createTrail(trail().s3KeyPrefix(prefix).build()).s3KeyPrefix()).isEqualTo(prefix);
    }

    @Test
    void rejectsAKeyPrefixLongerThan200Characters(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().s3KeyPrefix("p".repeat(201)).build()),
                InvalidS3PrefixException.class, "InvalidS3PrefixException")
                .contains("201 characters long; the maximum length is 200");
    }

    @Test
    void derivesTheTopicArnFromTheTopicNameInTheTrailsRegionAndAccount(CloudTrailMock mock) {
        try (CloudTrailClient other = MockClients.as(mock, "210987654321", Region.EU_WEST_1)) {
            CreateTrailResponse created = other.createTrail(trail().snsTopicName("audit-topic_1").build());

            assertThat(created.snsTopicName()).isEqualTo("audit-topic_1");
            assertThat(created.snsTopicARN()).isEqualTo("arn:aws:sns:eu-west-1:210987654321:audit-topic_1");
            assertThat(other.getTrail(r -> r.name("audit")).trail().snsTopicARN())
                    .isEqualTo("arn:aws:sns:eu-west-1:210987654321:audit-topic_1");
        }
    }

    @Test
    void keepsATopicArnAsGiven(CloudTrailClient client) {
        String topic = "arn:aws:sns:eu-west-1:210987654321:shared-audit";

        assertThat(client.createTrail(trail().snsTopicName(topic).build()).snsTopicARN()).isEqualTo(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit topic", "audit.topic", "arn:aws:sns:us-east-1:123456789012:audit topic",
        "arn:aws:sns:us-east-1:123:audit"})
    void rejectsTopicNamesWithCharactersOtherThanLettersNumbersHyphensAndUnderscores(String topic,
            CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().snsTopicName(topic).build()),
                InvalidSnsTopicNameException.class, "InvalidSnsTopicNameException")
                .contains("'" + topic + "'")
                .contains("only letters, numbers, hyphens and underscores");
    }

    @Test
    void rejectsTopicNamesLongerThan256Characters(CloudTrailClient client) {
        assertThat(client.createTrail(trail().snsTopicName("t".repeat(256)).build()).snsTopicName()).hasSize(256);
        client.deleteTrail(r -> r.name("audit"));

        assertRejected(() -> client.createTrail(trail().snsTopicName("t".repeat(257)).build()),
                InvalidSnsTopicNameException.class, "InvalidSnsTopicNameException")
                .contains("the maximum length is 256 characters");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        KEY_ID + "| arn:aws:kms:us-east-1:123456789012:key/" + KEY_ID,
        "mrk-1234abcd12ab34cd56ef1234567890ab | arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
        "arn:aws:kms:eu-west-1:210987654321:key/" + KEY_ID + "| arn:aws:kms:eu-west-1:210987654321:key/" + KEY_ID,
        "alias/MyAliasName | arn:aws:kms:us-east-1:123456789012:alias/MyAliasName",
        "arn:aws:kms:us-east-1:123456789012:alias/MyAliasName | arn:aws:kms:us-east-1:123456789012:alias/MyAliasName"})
    void acceptsTheFourKmsKeyFormsAndAnswersAFullArn(String keyId, String stored, CloudTrailClient client) {
        assertThat(client.createTrail(trail().kmsKeyId(keyId).build()).kmsKeyId()).isEqualTo(stored);
        assertThat(client.getTrail(r -> r.name("audit")).trail().kmsKeyId()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-key", "1234", "alias/", "alias/My Alias", "arn:aws:kms:us-east-1:123456789012:secret/x",
        "arn:aws:s3:::audit-logs", "12345678-1234-1234-1234-12345678901z"})
    void rejectsKmsKeyIdsInNoDocumentedForm(String keyId, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().kmsKeyId(keyId).build()), InvalidKmsKeyIdException.class,
                "InvalidKmsKeyIdException")
                .contains("'" + keyId + "'")
                .contains("alias/MyAliasName");
    }

    @Test
    void storesTheCloudWatchLogsPair(CloudTrailClient client) {
        CreateTrailResponse created = client.createTrail(trail()
                .cloudWatchLogsLogGroupArn(LOG_GROUP).cloudWatchLogsRoleArn(ROLE).build());

        assertThat(created.cloudWatchLogsLogGroupArn()).isEqualTo(LOG_GROUP);
        assertThat(created.cloudWatchLogsRoleArn()).isEqualTo(ROLE);
    }

    @Test
    void rejectsALogGroupWithoutARole(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().cloudWatchLogsLogGroupArn(LOG_GROUP).build()),
                InvalidCloudWatchLogsRoleArnException.class, "InvalidCloudWatchLogsRoleArnException")
                .isEqualTo("You must specify a role ARN as well as a log group.");
    }

    @Test
    void rejectsARoleWithoutALogGroup(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().cloudWatchLogsRoleArn(ROLE).build()),
                InvalidCloudWatchLogsLogGroupArnException.class, "InvalidCloudWatchLogsLogGroupArnException")
                .isEqualTo("You must specify a log group as well as a role ARN.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/audit",
        "CloudTrail/audit", "arn:aws:logs:us-east-1:123456789012:log-stream:audit:*"})
    void rejectsALogGroupArnInAnotherForm(String logGroup, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().cloudWatchLogsLogGroupArn(logGroup).cloudWatchLogsRoleArn(ROLE)
                .build()), InvalidCloudWatchLogsLogGroupArnException.class, "InvalidCloudWatchLogsLogGroupArnException")
                .contains("'" + logGroup + "' is not valid")
                .contains("arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*");
    }

    @Test
    void rejectsALogGroupOutsideTheTrailsHomeRegion(CloudTrailClient client) {
        String elsewhere = "arn:aws:logs:eu-west-1:123456789012:log-group:CloudTrail/audit:*";

        assertRejected(() -> client.createTrail(trail().cloudWatchLogsLogGroupArn(elsewhere).cloudWatchLogsRoleArn(ROLE)
                .build()), InvalidCloudWatchLogsLogGroupArnException.class, "InvalidCloudWatchLogsLogGroupArnException")
                .contains("is in eu-west-1, but it must be in the trail's home Region us-east-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::123456789012:user/bob", "CloudTrail_CloudWatchLogs_Role",
        "arn:aws:iam::123:role/audit"})
    void rejectsARoleArnInAnotherForm(String role, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().cloudWatchLogsLogGroupArn(LOG_GROUP).cloudWatchLogsRoleArn(role)
                .build()), InvalidCloudWatchLogsRoleArnException.class, "InvalidCloudWatchLogsRoleArnException")
                .contains("'" + role + "' is not valid")
                .contains("arn:aws:iam::ACCOUNT:role/NAME");
    }

    @Test
    void rejectsAMultiRegionTrailWithoutGlobalServiceEvents(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().isMultiRegionTrail(true).includeGlobalServiceEvents(false).build()),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException")
                .contains("IsMultiRegionTrail true requires IncludeGlobalServiceEvents true");
        assertThat(client.describeTrails().trailList()).isEmpty();
    }

    @Test
    void acceptsASingleRegionTrailWithoutGlobalServiceEvents(CloudTrailClient client) {
        client.createTrail(trail().includeGlobalServiceEvents(false).build());

        Trail trail = client.getTrail(r -> r.name("audit")).trail();
        assertThat(trail.includeGlobalServiceEvents()).isFalse();
        assertThat(trail.isMultiRegionTrail()).isFalse();
    }

    @Test
    void treatsEmptyOptionalSettingsAsAbsent(CloudTrailClient client) {
        CreateTrailResponse created = client.createTrail(trail().s3KeyPrefix("").snsTopicName("").kmsKeyId("")
                .cloudWatchLogsLogGroupArn("").cloudWatchLogsRoleArn("").build());

        assertThat(created.s3KeyPrefix()).isNull();
        assertThat(created.snsTopicARN()).isNull();
        assertThat(created.kmsKeyId()).isNull();
        assertThat(created.cloudWatchLogsLogGroupArn()).isNull();
    }

    @Test
    void aRejectedTrailIsNotCreated(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(trail().kmsKeyId("not-a-key").build()), InvalidKmsKeyIdException.class,
                "InvalidKmsKeyIdException")
                .contains("not-a-key");

        assertThat(client.describeTrails().trailList()).isEmpty();
        assertThat(client.listTrails(r -> { }).trails()).isEmpty();
    }
}
