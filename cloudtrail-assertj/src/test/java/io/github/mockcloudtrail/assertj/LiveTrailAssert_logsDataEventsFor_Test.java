package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MANAGEMENT_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_REPORT;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class LiveTrailAssert_logsDataEventsFor_Test {

    @Test
    void should_pass_if_basic_or_advanced_selectors_log_reads_and_writes_of_the_object(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(cloudTrail).trail("no-kms").logsDataEventsFor("AWS::S3::Object", PAYROLL_REPORT);
            a.assertThat(cloudTrail).trail("fine-grained").logsDataEventsFor("AWS::S3::Object", PAYROLL_REPORT);
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_logs_the_writes_asked_for(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .logsDataEventsFor("AWS::S3::Object", PAYROLL_REPORT, ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_logs_only_writes_of_the_object(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .logsDataEventsFor("AWS::S3::Object", PAYROLL_REPORT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to log data events on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv, \
                but its selectors
                would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  %s: the event is read-only and the selector takes WriteOnly events""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_fail_if_trail_logs_no_data_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only")
                .logsDataEventsFor("AWS::S3::Object", PAYROLL_REPORT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" to log data events on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv, \
                but its selectors
                would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  %1$s: the selector logs no data events
                would not log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  %1$s: the selector logs no data events""".formatted(MANAGEMENT_ONLY_SELECTOR));
    }

    @Test
    void should_fail_if_the_object_is_in_another_bucket(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("fine-grained")
                .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::marketing/plan.pdf", ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to log data events on AWS::S3::Object arn:aws:s3:::marketing/plan.pdf, \
                but its selectors
                would not log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::marketing/plan.pdf:
                  %s: eventCategory Equals [Management] does not match Data
                  %s: no resource of the event passes: AWS::S3::Object arn:aws:s3:::marketing/plan.pdf: \
                resources.ARN StartsWith [arn:aws:s3:::payroll/] does not match arn:aws:s3:::marketing/plan.pdf"""
                .formatted(Fixtures.FINE_GRAINED_MANAGEMENT_SELECTOR, Fixtures.FINE_GRAINED_PAYROLL_SELECTOR));
    }

    @Test
    void should_refuse_read_only_data_events_of_lambda_functions(CloudTrailClient cloudTrail) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudTrailAssertions.assertThat(cloudTrail).trail("management-only").logsDataEventsFor(
                        "AWS::Lambda::Function", "arn:aws:lambda:us-east-1:123456789012:function:pay", ReadWriteType.READ_ONLY))
                .withMessage("AWS::Lambda::Function has no ReadOnly data events");
    }
}
