package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class CloudTrailRecordTest {
    /** A record of an assumed role's call as CloudTrail writes it to S3 (account and names made up). */
    private static final String ASSUMED_ROLE_STOP = """
            {"eventVersion": "1.08",
             "userIdentity": {"type": "AssumedRole", "principalId": "AROAEXAMPLE:mallory",
                              "arn": "arn:aws:sts::123456789012:assumed-role/Admin/mallory", "accountId": "123456789012"},
             "eventTime": "2024-03-01T10:00:00Z", "eventSource": "cloudtrail.amazonaws.com", "eventName": "StopLogging",
             "awsRegion": "us-east-1", "sourceIPAddress": "192.0.2.9",
             "requestParameters": {"name": "org-audit", "force": false, "retries": 3, "tags": ["a", "b"]},
             "responseElements": null, "readOnly": false, "eventType": "AwsApiCall"}""";

    @Test
    void reads_the_fields_assertions_check() {
        CloudTrailRecord record = CloudTrailRecord.parse(ASSUMED_ROLE_STOP);

        assertThat(record.eventName()).isEqualTo("StopLogging");
        assertThat(record.eventSource()).isEqualTo("cloudtrail.amazonaws.com");
        assertThat(record.eventTime()).contains("2024-03-01T10:00:00Z");
        assertThat(record.userIdentityType()).contains("AssumedRole");
        assertThat(record.userIdentityArn()).contains("arn:aws:sts::123456789012:assumed-role/Admin/mallory");
        assertThat(record.errorCode()).isEmpty();
        assertThat(record.errorMessage()).isEmpty();
        assertThat(record.json()).isEqualTo(ASSUMED_ROLE_STOP);
        assertThat(record).hasToString("StopLogging from cloudtrail.amazonaws.com at 2024-03-01T10:00:00Z");
    }

    @Test
    void gives_request_parameters_that_are_not_strings_as_json_in_the_records_order() {
        assertThat(CloudTrailRecord.parse(ASSUMED_ROLE_STOP).requestParameters()).containsExactly(
                entry("name", "org-audit"), entry("force", "false"), entry("retries", "3"), entry("tags", "[\"a\", \"b\"]"));
    }

    @Test
    void has_no_request_parameters_when_the_record_has_null() {
        assertThat(CloudTrailRecord.parse("""
                {"eventName": "Decrypt", "eventSource": "kms.amazonaws.com", "requestParameters": null}""")
                .requestParameters()).isEmpty();
    }

    @Test
    void refuses_what_is_not_a_record() {
        assertThatIllegalArgumentException().isThrownBy(() -> CloudTrailRecord.parse("[1, 2]"))
                .withMessage("Not a CloudTrail record: not a JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> CloudTrailRecord.parse("{\"eventSource\": \"s3.amazonaws.com\"}"))
                .withMessage("Not a CloudTrail record: it has no eventName");
        assertThatIllegalArgumentException().isThrownBy(() -> CloudTrailRecord.parse("{\"eventName\": "))
                .withMessageStartingWith("Not a CloudTrail record, not even JSON: ");
    }
}
