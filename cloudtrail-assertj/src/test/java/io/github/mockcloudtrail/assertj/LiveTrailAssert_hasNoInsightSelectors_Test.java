package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@SelectorTrails
class LiveTrailAssert_hasNoInsightSelectors_Test {

    @Test
    void should_pass_if_insights_are_not_enabled(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only").hasNoInsightSelectors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_has_insight_selectors(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").hasNoInsightSelectors());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have no Insights selectors, but it has them for ApiCallRateInsight.""");
    }
}
