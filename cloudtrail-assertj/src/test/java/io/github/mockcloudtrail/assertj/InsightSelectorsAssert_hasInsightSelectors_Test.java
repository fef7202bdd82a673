package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

@SelectorTrails
class InsightSelectorsAssert_hasInsightSelectors_Test {

    @Test
    void should_pass_if_the_answer_lists_exactly_the_types(CloudTrailClient cloudTrail) {
        // GIVEN
        GetInsightSelectorsResponse insights = cloudTrail.getInsightSelectors(r -> r.trailName("payroll-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(insights).hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_answer_lists_other_types(CloudTrailClient cloudTrail) {
        // GIVEN
        GetInsightSelectorsResponse insights = cloudTrail.getInsightSelectors(r -> r.trailName("payroll-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(insights).hasInsightSelectors(InsightType.API_ERROR_RATE_INSIGHT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have Insights selectors for exactly ApiErrorRateInsight, \
                but it has them for ApiCallRateInsight.""");
    }

    @Test
    void should_fail_if_the_answer_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((GetInsightSelectorsResponse) null)
                .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }

    @Test
    void should_refuse_no_insight_types(CloudTrailClient cloudTrail) {
        // GIVEN
        GetInsightSelectorsResponse insights = cloudTrail.getInsightSelectors(r -> r.trailName("payroll-audit"));
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> CloudTrailAssertions.assertThat(insights).hasInsightSelectors())
                .withMessage("Name at least one insight type, or use hasNoInsightSelectors()");
    }
}
