package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DATA_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class EventSelectorsAssert_logsDataEventsFor_Test {

    @Test
    void should_pass_if_selectors_log_reads_and_writes_of_the_resource(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "data-only");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv")
                .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv", ReadWriteType.READ_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selectors_do_not_log_the_resources_data_events(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "data-only");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).logsDataEventsFor("AWS::Lambda::Function",
                "arn:aws:lambda:us-east-1:123456789012:function:payroll-export"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "data-only" to log data events on AWS::Lambda::Function \
                arn:aws:lambda:us-east-1:123456789012:function:payroll-export, but its selectors
                would not log lambda.amazonaws.com Invoke (Data, write) on AWS::Lambda::Function \
                arn:aws:lambda:us-east-1:123456789012:function:payroll-export:
                  %s: the selector logs data events on AWS::S3::Object, and the event has no resource of that type"""
                .formatted(DATA_ONLY_SELECTOR));
    }
}
