package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

@SelectorTrails
class EventSelectorAssert_hasDataResource_Test {

    @Test
    void should_pass_if_selector_has_the_data_resource_with_exactly_these_values(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "payroll-audit").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_data_resource_has_other_values(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "payroll-audit").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector)
                .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/", "arn:aws:s3:::hr/"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the event selector to have data resource AWS::S3::Object arn:aws:s3:::payroll/, arn:aws:s3:::hr/, \
                but it does not:
                  ReadWriteType WriteOnly; management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }

    @Test
    void should_fail_if_selector_has_no_data_resource_of_the_type(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "payroll-audit").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasDataResource("AWS::Lambda::Function", "arn:aws:lambda"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the event selector to have data resource AWS::Lambda::Function arn:aws:lambda, but it does not:
                  ReadWriteType WriteOnly; management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }
}
