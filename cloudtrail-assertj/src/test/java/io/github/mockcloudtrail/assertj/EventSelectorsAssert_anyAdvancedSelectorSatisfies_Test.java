package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import io.github.mockcloudtrail.selectors.FieldOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_anyAdvancedSelectorSatisfies_Test {

    @Test
    void should_pass_if_one_selector_satisfies_the_requirements(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anyAdvancedSelectorSatisfies(selector -> selector
                .hasFieldSelector("eventCategory", FieldOperator.EQUALS, "Data")
                .hasFieldSelector("resources.type", FieldOperator.EQUALS, "AWS::S3::Object")));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_each_selectors_failure_if_none_satisfies_them(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anyAdvancedSelectorSatisfies(selector -> selector
                .hasFieldSelector("eventCategory", FieldOperator.EQUALS, "Data")
                .hasFieldSelector("eventName", FieldOperator.EQUALS, "PutObject")));
        // THEN
        outcome.shouldFailWith("""
                Expecting an advanced event selector of trail "fine-grained" to satisfy the requirements, but none does:
                  Expecting advanced event selector 1 of trail "fine-grained" to have field selector \
                eventCategory Equals [Data], but it does not:
                    "Management events": eventCategory Equals [Management]
                  Expecting advanced event selector 2 of trail "fine-grained" to have field selector \
                eventName Equals [PutObject], but it does not:
                    "Payroll objects": eventCategory Equals [Data] AND resources.type Equals [AWS::S3::Object] \
                AND resources.ARN StartsWith [arn:aws:s3:::payroll/]""");
    }

    @Test
    void should_fail_if_trail_has_no_advanced_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "management-only");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anyAdvancedSelectorSatisfies(
                selector -> selector.hasName("Management events")));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" to have an advanced event selector that satisfies the requirements, \
                but it has no advanced event selectors.
                Event selectors of trail "management-only":
                  %s""".formatted(Fixtures.MANAGEMENT_ONLY_SELECTOR));
    }
}
