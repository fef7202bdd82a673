package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_hasSize_Test {

    @Test
    void should_pass_if_trail_has_that_many_selectors_of_the_kind_it_uses(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse basic = selectors(cloudTrail, "payroll-audit");
        GetEventSelectorsResponse advanced = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(basic).hasSize(1);
            a.assertThat(advanced).hasSize(2);
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_has_another_number_of_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).hasSize(1));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have 1 event selector, but it has 2 advanced event selectors.
                """ + FINE_GRAINED_SELECTORS);
    }
}
