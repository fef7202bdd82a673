package io.github.mockcloudtrail.assertj;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventsAssert_filteredOnSource_Test {

    @Test
    void should_lead_to_the_events_from_the_source(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnSource("kms.amazonaws.com").singleEvent().hasEventName("Decrypt"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_filter(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnSource("cloudtrail.amazonaws.com").containsEventNamed("Decrypt"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event named "Decrypt" in the event history in us-east-1 from cloudtrail.amazonaws.com, \
                but there is none:
                  0: 2024-03-01T11:00:00Z DescribeTrails from cloudtrail.amazonaws.com by alice (read-only)
                  1: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
                  2: 2024-03-01T09:00:00Z CreateTrail from cloudtrail.amazonaws.com by alice (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""");
    }

    @Test
    void should_fail_once_if_the_events_are_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThatEvents((List<Event>) null)
                .filteredOnSource("kms.amazonaws.com").hasSize(1));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
