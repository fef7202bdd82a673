package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MANAGEMENT_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_usesAdvancedSelectors_Test {

    @Test
    void should_pass_if_trail_uses_advanced_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).usesAdvancedSelectors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_uses_basic_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "management-only");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).usesAdvancedSelectors());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" to use advanced event selectors, but it does not.
                Event selectors of trail "management-only":
                  %s""".formatted(MANAGEMENT_ONLY_SELECTOR));
    }
}
