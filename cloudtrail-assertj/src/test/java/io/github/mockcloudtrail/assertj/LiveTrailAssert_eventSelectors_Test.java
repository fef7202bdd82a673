package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class LiveTrailAssert_eventSelectors_Test {

    @Test
    void should_lead_to_the_selectors_and_back(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .eventSelectors().usesBasicSelectors().hasSize(1)
                .selector(0).hasReadWriteType(ReadWriteType.WRITE_ONLY)
                .returnToSelectors().returnToTrail()
                .isLogging());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_selectors_naming_the_trail(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit").eventSelectors().hasSize(2));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to have 2 event selectors, but it has 1 event selector.
                Event selectors of trail "payroll-audit":
                  %s""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_fail_once_if_the_trail_does_not_exist(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll").eventSelectors().hasSize(1)
                .selector(0).includesManagementEvents());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll" in us-east-1, but CloudTrail does not know it.
                Trails that exist:
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/data-only
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/fine-grained
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/management-only
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/no-kms
                  arn:aws:cloudtrail:us-east-1:123456789012:trail/payroll-audit""");
    }

    @Test
    void should_collect_failures_on_the_selectors_and_the_trail_after_them(CloudTrailClient cloudTrail) {
        // GIVEN
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        // WHEN
        softly.assertThat(cloudTrail).trail("payroll-audit").eventSelectors().usesAdvancedSelectors().returnToTrail().isNotLogging();
        // THEN
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                selectors -> assertThat(selectors).startsWith(
                        "%nExpecting trail \"payroll-audit\" to use advanced event selectors, but it does not.".formatted()),
                status -> assertThat(status).startsWith("%nExpecting trail \"payroll-audit\" not to be logging, but it is.".formatted()));
    }
}
