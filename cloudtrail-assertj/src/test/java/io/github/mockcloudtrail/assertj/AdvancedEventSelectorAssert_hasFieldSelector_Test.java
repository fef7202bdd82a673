package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import io.github.mockcloudtrail.selectors.FieldOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;

@SelectorTrails
class AdvancedEventSelectorAssert_hasFieldSelector_Test {
    private static final String PAYROLL_OBJECTS = "  \"Payroll objects\": eventCategory Equals [Data] "
            + "AND resources.type Equals [AWS::S3::Object] AND resources.ARN StartsWith [arn:aws:s3:::payroll/]";

    @Test
    void should_pass_if_selector_has_the_field_selector(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(1);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector)
                .hasFieldSelector("eventCategory", FieldOperator.EQUALS, "Data")
                .hasFieldSelector("resources.ARN", FieldOperator.STARTS_WITH, "arn:aws:s3:::payroll/"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_field_selector_uses_another_operator(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(1);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector)
                .hasFieldSelector("resources.ARN", FieldOperator.EQUALS, "arn:aws:s3:::payroll/"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the advanced event selector to have field selector resources.ARN Equals [arn:aws:s3:::payroll/], \
                but it does not:
                """ + PAYROLL_OBJECTS);
    }

    @Test
    void should_fail_if_selector_does_not_filter_on_the_field(CloudTrailClient cloudTrail) {
        // GIVEN
        AdvancedEventSelector selector = selectors(cloudTrail, "fine-grained").advancedEventSelectors().get(1);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector)
                .hasFieldSelector("readOnly", FieldOperator.EQUALS, "false"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the advanced event selector to have field selector readOnly Equals [false], but it does not:
                """ + PAYROLL_OBJECTS);
    }
}
