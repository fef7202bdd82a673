package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DATA_ONLY_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.PAYROLL_AUDIT_SELECTOR;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class LiveTrailAssert_logsManagementEvents_Test {

    @Test
    void should_pass_if_basic_or_advanced_selectors_log_all_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> {
            a.assertThat(cloudTrail).trail("management-only").logsManagementEvents(ReadWriteType.ALL);
            a.assertThat(cloudTrail).trail("fine-grained").logsManagementEvents(ReadWriteType.ALL);
            a.assertThat(cloudTrail).trail("no-kms").logsManagementEvents(ReadWriteType.ALL);
        });
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_logs_more_than_asked(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only")
                .logsManagementEvents(ReadWriteType.READ_ONLY)
                .logsManagementEvents(ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_logs_the_write_management_events_asked_for(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .logsManagementEvents(ReadWriteType.WRITE_ONLY));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_logs_only_write_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("payroll-audit")
                .logsManagementEvents(ReadWriteType.ALL));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "payroll-audit" to log read-only and write management events, but it would not log these:
                  read-only management events:
                    %s: the event is read-only and the selector takes WriteOnly events""".formatted(PAYROLL_AUDIT_SELECTOR));
    }

    @Test
    void should_fail_if_trail_logs_no_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("data-only")
                .logsManagementEvents(ReadWriteType.ALL));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "data-only" to log read-only and write management events, but it would not log these:
                  read-only management events:
                    %1$s: the selector does not include management events
                  write management events:
                    %1$s: the selector does not include management events""".formatted(DATA_ONLY_SELECTOR));
    }
}
