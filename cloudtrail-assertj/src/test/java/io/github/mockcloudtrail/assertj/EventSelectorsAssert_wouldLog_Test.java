package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MANAGEMENT_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import io.github.mockcloudtrail.selectors.EventDescription;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_wouldLog_Test {

    @Test
    void should_pass_if_a_selector_matches_the_event(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "management-only");
        Event lookup = cloudTrail.lookupEvents(r -> { }).events().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .wouldLog(EventDescription.management("iam.amazonaws.com", "CreateUser").readOnly(false).build())
                .wouldLog(lookup));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_no_selector_matches_the_event(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "management-only");
        EventDescription upload = EventDescription.data("s3.amazonaws.com", "PutObject").readOnly(false)
                .resource("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).wouldLog(upload));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" to log the event, but its selectors
                would not log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::payroll/march.csv:
                  %s: the selector logs no data events""".formatted(MANAGEMENT_ONLY_SELECTOR));
    }

    @Test
    void should_fail_for_insights_events_since_the_answer_has_no_insight_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        EventDescription burst = EventDescription.insight("ec2.amazonaws.com", "RunInstances", "ApiCallRateInsight").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).wouldLog(burst));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to log the event, but its selectors
                would not log ec2.amazonaws.com RunInstances (Insight ApiCallRateInsight): \
                Insights events are logged by Insights selectors, and there are none""");
    }
}
