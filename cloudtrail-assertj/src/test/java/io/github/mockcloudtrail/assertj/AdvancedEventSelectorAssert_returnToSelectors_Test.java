package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;

@SelectorTrails
class AdvancedEventSelectorAssert_returnToSelectors_Test {

    @Test
    void should_return_to_the_selectors_the_selector_was_reached_from(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors(cloudTrail, "fine-grained"))
                .advancedSelector(0).hasName("Management events")
                .returnToSelectors().advancedSelector(1).hasName("Payroll objects"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_selectors_after_returning(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors(cloudTrail, "fine-grained"))
                .advancedSelector("Payroll objects").doesNotFilterOn("readOnly")
                .returnToSelectors().hasSize(3));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have 3 event selectors, but it has 2 advanced event selectors.
                """ + Fixtures.FINE_GRAINED_SELECTORS);
    }

    @Test
    void should_refuse_if_the_selector_was_not_reached_from_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(0);
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(selector).returnToSelectors())
                .withMessage("There is no EventSelectorsAssert to return to: these assertions were not reached by "
                        + "EventSelectorsAssert.selector(int) or advancedSelector(...)");
    }
}
