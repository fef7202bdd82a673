package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

@AuditHistory
class EventsAssert_doesNotContainEventNamed_Test {

    @Test
    void should_pass_if_no_event_has_the_name(CloudTrailClient cloudTrail) {
        // GIVEN
        LookupEventsResponse page = cloudTrail.lookupEvents(r -> { });
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(page).doesNotContainEventNamed("DeleteTrail"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_the_events_that_have_the_name(CloudTrailClient cloudTrail) {
        // GIVEN
        LookupEventsResponse page = cloudTrail.lookupEvents(r -> { });
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(page).doesNotContainEventNamed("StopLogging"));
        // THEN
        outcome.shouldFailWith("""
                Expecting no event named "StopLogging" in the events, but there is 1:
                  2: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""");
    }
}
