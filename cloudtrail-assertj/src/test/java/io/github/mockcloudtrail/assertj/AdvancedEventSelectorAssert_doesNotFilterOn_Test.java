package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;

@SelectorTrails
class AdvancedEventSelectorAssert_doesNotFilterOn_Test {

    @Test
    void should_pass_if_selector_has_no_field_selector_on_the_field(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).doesNotFilterOn("readOnly").doesNotFilterOn("eventSource"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_filters_on_the_field(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).doesNotFilterOn("eventCategory"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the advanced event selector not to filter on eventCategory, but it does:
                  "Management events": eventCategory Equals [Management]""");
    }
}
