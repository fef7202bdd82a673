package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class EventSelectorsAssert_selector_Test {

    @Test
    void should_lead_to_the_selector_at_the_index(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).selector(0)
                .hasReadWriteType(ReadWriteType.WRITE_ONLY)
                .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_selector_naming_it_and_its_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).selector(0).doesNotIncludeManagementEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting event selector 1 of trail "payroll-audit" not to include management events, but it does:
                  ReadWriteType WriteOnly; management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }

    @Test
    void should_fail_once_if_there_is_no_selector_at_the_index(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).selector(1).includesManagementEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have a basic event selector at index 1, but it has 1 basic event selector.
                Event selectors of trail "payroll-audit":
                  %s""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_fail_if_trail_uses_advanced_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).selector(0));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have a basic event selector at index 0, but it has no basic event selectors.
                """ + FINE_GRAINED_SELECTORS);
    }
}
