package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DATA_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_REPORT;

import io.github.mockcloudtrail.selectors.EventDescription;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@SelectorTrails
class LiveTrailAssert_wouldLog_Test {
    private static final EventDescription UPLOAD = EventDescription.data("s3.amazonaws.com", "PutObject").readOnly(false)
            .resource("AWS::S3::Object", PAYROLL_REPORT).build();
    private static final EventDescription DOWNLOAD = EventDescription.data("s3.amazonaws.com", "GetObject").readOnly(true)
            .resource("AWS::S3::Object", PAYROLL_REPORT).build();

    @Test
    void should_pass_if_a_selector_matches_the_described_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").wouldLog(UPLOAD));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_no_selector_matches_the_described_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").wouldLog(DOWNLOAD));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to log the event, but its selectors
                would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/2026/report.csv:
                  %s: the event is read-only and the selector takes WriteOnly events""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_decide_insights_events_by_the_trails_insight_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        EventDescription callRate = EventDescription.insight("ec2.amazonaws.com", "RunInstances", "ApiCallRateInsight").build();
        EventDescription errorRate = EventDescription.insight("ec2.amazonaws.com", "RunInstances", "ApiErrorRateInsight").build();
        // WHEN
        HardAndSoft passing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").wouldLog(callRate));
        HardAndSoft failing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").wouldLog(errorRate));
        // THEN
        passing.shouldPass();
        failing.shouldFailWith("""
                Expecting trail "payroll-audit" to log the event, but its selectors
                would not log ec2.amazonaws.com RunInstances (Insight ApiErrorRateInsight):
                  Insights selector ApiCallRateInsight: the event is an ApiErrorRateInsight event""");
    }

    @Test
    void should_read_an_event_lookup_events_returned(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name("management-only"));
        Event stop = Fixtures.newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft passing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only").wouldLog(stop));
        HardAndSoft failing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("data-only").wouldLog(stop));
        // THEN
        passing.shouldPass();
        failing.shouldFailWith("""
                Expecting trail "data-only" to log the event, but its selectors
                would not log cloudtrail.amazonaws.com StopLogging (Management, write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/management-only:
                  %s: the selector does not include management events""".formatted(DATA_ONLY_SELECTOR));
    }
}
