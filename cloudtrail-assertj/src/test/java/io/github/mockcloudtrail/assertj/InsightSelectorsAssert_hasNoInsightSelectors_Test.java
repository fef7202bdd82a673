package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;

@SelectorTrails
class InsightSelectorsAssert_hasNoInsightSelectors_Test {

    @Test
    void should_pass_if_the_answer_lists_no_insight_selectors() {
        // GIVEN: CloudTrail answers InsightNotEnabledException rather than an empty list; a test may build one
        GetInsightSelectorsResponse insights = GetInsightSelectorsResponse.builder()
                .trailARN("arn:aws:cloudtrail:us-east-1:123456789012:trail/quiet").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(insights).hasNoInsightSelectors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_answer_lists_insight_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetInsightSelectorsResponse insights = cloudTrail.getInsightSelectors(r -> r.trailName("payroll-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(insights).hasNoInsightSelectors());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have no Insights selectors, but it has them for ApiCallRateInsight.""");
    }
}
