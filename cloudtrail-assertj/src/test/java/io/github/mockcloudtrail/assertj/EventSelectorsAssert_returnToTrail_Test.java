package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_returnToTrail_Test {

    @Test
    void should_return_to_the_trail_the_selectors_were_reached_from(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms")
                .eventSelectors().usesBasicSelectors().returnToTrail()
                .isLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_trail_after_returning(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms")
                .eventSelectors().usesBasicSelectors().returnToTrail()
                .hasNoInsightSelectors().isNotLogging());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "no-kms" not to be logging, but it is.
                Status of trail "no-kms":
                  logging: yes
                  started logging: 2024-03-01T12:00:00Z""");
    }

    @Test
    void should_refuse_if_the_selectors_were_not_reached_from_a_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "no-kms");
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(selectors).returnToTrail())
                .withMessage("There is no LiveTrailAssert to return to: these assertions were not reached by "
                        + "LiveTrailAssert.eventSelectors()");
    }
}
