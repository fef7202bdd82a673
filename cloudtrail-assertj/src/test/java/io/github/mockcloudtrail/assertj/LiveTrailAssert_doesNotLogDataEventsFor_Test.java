package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.NO_KMS_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_REPORT;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@SelectorTrails
class LiveTrailAssert_doesNotLogDataEventsFor_Test {

    @Test
    void should_pass_if_trail_logs_no_data_events_on_the_resource(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(cloudTrail).trail("management-only").doesNotLogDataEventsFor("AWS::S3::Object", PAYROLL_REPORT);
            a.assertThat(cloudTrail).trail("fine-grained").doesNotLogDataEventsFor("AWS::S3::Object", "arn:aws:s3:::marketing/plan.pdf");
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_selector_logs_data_events_on_the_resource(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms")
                .doesNotLogDataEventsFor("AWS::S3::Object", PAYROLL_REPORT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "no-kms" not to log data events on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv, \
                but its selectors
                would log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  matched by %1$s
                would log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  matched by %1$s
                Event selectors of trail "no-kms":
                  %1$s""".formatted(NO_KMS_SELECTOR));
    }
}
