package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_returnToSelectors_Test {

    @Test
    void should_return_to_the_selectors_the_selector_was_reached_from(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors(cloudTrail, "no-kms"))
                .selector(0).includesManagementEvents()
                .returnToSelectors().hasSize(1));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_selectors_after_returning(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors(cloudTrail, "no-kms"))
                .selector(0).includesManagementEvents()
                .returnToSelectors().doesNotLogManagementEventsFrom("kms.amazonaws.com").usesAdvancedSelectors());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "no-kms" to use advanced event selectors, but it does not.
                Event selectors of trail "no-kms":
                  %s""".formatted(Fixtures.NO_KMS_SELECTOR));
    }

    @Test
    void should_refuse_if_the_selector_was_not_reached_from_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "no-kms").eventSelectors().get(0);
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(selector).returnToSelectors())
                .withMessage("There is no EventSelectorsAssert to return to: these assertions were not reached by "
                        + "EventSelectorsAssert.selector(int) or advancedSelector(...)");
    }
}
