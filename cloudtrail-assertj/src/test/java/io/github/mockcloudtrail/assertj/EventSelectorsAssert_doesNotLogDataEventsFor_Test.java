package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_doesNotLogDataEventsFor_Test {

    @Test
    void should_pass_if_selectors_log_no_data_events_on_the_resource(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .doesNotLogDataEventsFor("AWS::S3::Object", "arn:aws:s3:::marketing/plan.pdf"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selectors_log_some_data_events_on_the_resource(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .doesNotLogDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" not to log data events on AWS::S3::Object arn:aws:s3:::payroll/march.csv, \
                but its selectors
                would log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::payroll/march.csv:
                  matched by %1$s
                Event selectors of trail "payroll-audit":
                  %1$s""".formatted(PAYROLL_AUDIT_SELECTOR));
    }
}
