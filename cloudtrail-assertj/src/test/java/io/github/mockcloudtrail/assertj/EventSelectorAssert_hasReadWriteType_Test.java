package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class EventSelectorAssert_hasReadWriteType_Test {

    @Test
    void should_pass_if_selector_has_the_read_write_type(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "payroll-audit").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasReadWriteType(ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_count_a_selector_without_read_write_type_as_all() {
        // GIVEN: a selector as a client may build it, relying on CloudTrail's default
        EventSelector selector = EventSelector.builder().includeManagementEvents(true).build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasReadWriteType(ReadWriteType.ALL));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selector_has_another_read_write_type(CloudTrailClient cloudTrail) {
        // GIVEN
        EventSelector selector = selectors(cloudTrail, "payroll-audit").eventSelectors().get(0);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selector).hasReadWriteType(ReadWriteType.READ_ONLY));
        // THEN
        outcome.shouldFailWith("""
                Expecting the event selector to have ReadWriteType ReadOnly, but it has WriteOnly:
                  ReadWriteType WriteOnly; management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }

    @Test
    void should_fail_if_selector_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((EventSelector) null).hasReadWriteType(ReadWriteType.ALL));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
