package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_usesBasicSelectors_Test {

    @Test
    void should_pass_if_trail_uses_basic_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).usesBasicSelectors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_uses_advanced_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).usesBasicSelectors());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to use basic event selectors, but it does not.
                """ + FINE_GRAINED_SELECTORS);
    }

    @Test
    void should_fail_if_selectors_are_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((GetEventSelectorsResponse) null).usesBasicSelectors());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
