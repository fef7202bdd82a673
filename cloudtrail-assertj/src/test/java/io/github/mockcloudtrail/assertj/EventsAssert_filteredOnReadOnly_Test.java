package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class EventsAssert_filteredOnReadOnly_Test {

    @Test
    void should_lead_to_the_reads_or_the_writes(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnReadOnly(true).hasSize(2).doesNotContainEventNamed("StopLogging"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_filter(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnReadOnly(false).hasEventBy("payroll-app"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event by "payroll-app" in the event history in us-east-1 that write, but there is none:
                  0: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
                  1: 2024-03-01T09:00:00Z CreateTrail from cloudtrail.amazonaws.com by alice (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""");
    }
}
