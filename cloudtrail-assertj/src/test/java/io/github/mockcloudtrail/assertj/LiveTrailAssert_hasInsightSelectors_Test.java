package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

@SelectorTrails
class LiveTrailAssert_hasInsightSelectors_Test {

    @Test
    void should_pass_if_trail_has_insight_selectors_for_exactly_the_types(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_has_insight_selectors_for_fewer_types(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .hasInsightSelectors(InsightType.API_ERROR_RATE_INSIGHT, InsightType.API_CALL_RATE_INSIGHT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have Insights selectors for exactly ApiCallRateInsight, ApiErrorRateInsight, \
                but it has them for ApiCallRateInsight.""");
    }

    @Test
    void should_fail_if_insights_are_not_enabled(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only")
                .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" to have Insights selectors for exactly ApiCallRateInsight, but it has none.""");
    }

    @Test
    void should_refuse_no_insight_types(CloudTrailClient cloudTrail) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudTrailAssertions.assertThat(cloudTrail).trail("payroll-audit").hasInsightSelectors())
                .withMessage("Name at least one insight type, or use hasNoInsightSelectors()");
    }
}
