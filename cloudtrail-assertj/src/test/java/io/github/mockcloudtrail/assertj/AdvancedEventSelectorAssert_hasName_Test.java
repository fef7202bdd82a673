package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

@SelectorTrails
class AdvancedEventSelectorAssert_hasName_Test {

    @Test
    void should_pass_if_selector_has_the_name(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(1);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasName("Payroll objects"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_has_another_name(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("fine-grained").eventSelectors()
                .advancedSelector(0).hasName("Payroll objects"));
        // THEN
        outcome.shouldFailWith("""
                Expecting advanced event selector 1 of trail "fine-grained" to be named "Payroll objects", \
                but it is named "Management events":
                  "Management events": eventCategory Equals [Management]""");
    }

    @Test
    void should_fail_if_selector_has_no_name() {
        // GIVEN: a selector as a client may build it
        AdvancedEventSelector selector = AdvancedEventSelector.builder()
                .fieldSelectors(AdvancedFieldSelector.builder().field("eventCategory").equalsValue("Management").build())
                .build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasName("Management events"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the advanced event selector to be named "Management events", but it has no name:
                  eventCategory Equals [Management]""");
    }

    @Test
    void should_fail_if_selector_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((AdvancedEventSelector) null).hasName("Management events"));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
