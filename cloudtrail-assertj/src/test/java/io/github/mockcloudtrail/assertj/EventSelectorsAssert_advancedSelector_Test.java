package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import io.github.mockcloudtrail.selectors.FieldOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_advancedSelector_Test {

    @Test
    void should_lead_to_the_selector_by_index_or_name(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors)
                .advancedSelector(0).hasName("Management events")
                .returnToSelectors()
                .advancedSelector("Payroll objects").hasFieldSelector("resources.ARN", FieldOperator.STARTS_WITH,
                        "arn:aws:s3:::payroll/"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_selector_naming_it_and_its_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).advancedSelector("Payroll objects")
                .doesNotFilterOn("resources.ARN"));
        // THEN
        outcome.shouldFailWith("""
                Expecting advanced event selector 2 of trail "fine-grained" not to filter on resources.ARN, but it does:
                  "Payroll objects": eventCategory Equals [Data] AND resources.type Equals [AWS::S3::Object] \
                AND resources.ARN StartsWith [arn:aws:s3:::payroll/]""");
    }

    @Test
    void should_fail_once_if_there_is_no_selector_at_the_index(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).advancedSelector(2).hasName("Lambda"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have an advanced event selector at index 2, \
                but it has 2 advanced event selectors.
                """ + FINE_GRAINED_SELECTORS);
    }

    @Test
    void should_fail_once_if_no_selector_has_the_name(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).advancedSelector("Lambda invocations")
                .doesNotFilterOn("readOnly"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have an advanced event selector named "Lambda invocations", \
                but it has none by that name.
                """ + FINE_GRAINED_SELECTORS);
    }
}
