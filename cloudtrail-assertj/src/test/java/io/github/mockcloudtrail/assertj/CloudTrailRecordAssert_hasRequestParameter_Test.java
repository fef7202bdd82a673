package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_RECORD;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailRecordAssert_hasRequestParameter_Test {

    @Test
    void should_pass_if_record_has_the_request_parameter(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasRequestParameter("name", "org-audit"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_request_parameter_has_another_value(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasRequestParameter("name", "app-trail"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have request parameter name = "app-trail", but it is "org-audit".
                """ + STOP_LOGGING_RECORD);
    }

    @Test
    void should_fail_if_record_has_no_such_request_parameter(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "StopLogging").cloudTrailEvent());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record).hasRequestParameter("trailName", "org-audit"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
                to have request parameter trailName = "org-audit", but it has no request parameter trailName.
                """ + STOP_LOGGING_RECORD);
    }

    @Test
    void should_compare_values_that_are_not_strings_as_json() {
        // GIVEN
        CloudTrailRecord record = CloudTrailRecord.parse("""
                {"eventName": "PutEventSelectors", "eventSource": "cloudtrail.amazonaws.com",
                 "requestParameters": {"trailName": "org-audit", "isLogging": true, "maxResults": 50,
                                       "eventSelectors": [{"readWriteType": "All"}]}}""");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(record)
                .hasRequestParameter("trailName", "org-audit")
                .hasRequestParameter("isLogging", "true")
                .hasRequestParameter("maxResults", "50")
                .hasRequestParameter("eventSelectors", "[{\"readWriteType\": \"All\"}]"));
        // THEN
        outcome.shouldPass();
    }
}
