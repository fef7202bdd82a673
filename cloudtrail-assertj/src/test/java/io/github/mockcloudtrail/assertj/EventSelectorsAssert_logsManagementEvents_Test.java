package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class EventSelectorsAssert_logsManagementEvents_Test {

    @Test
    void should_pass_if_selectors_log_the_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).logsManagementEvents(ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_selectors_do_not_log_the_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "payroll-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).logsManagementEvents(ReadWriteType.READ_ONLY));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to log read-only management events, but it would not log these:
                  read-only management events:
                    %s: the event is read-only and the selector takes WriteOnly events""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_fail_if_there_are_no_selectors() {
        // GIVEN
        GetEventSelectorsResponse selectors = GetEventSelectorsResponse.builder()
                .trailARN("arn:aws:cloudtrail:us-east-1:123456789012:trail/empty").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).logsManagementEvents(ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "empty" to log write management events, but it would not log these:
                  write management events:
                    there are no event selectors""");
    }
}
