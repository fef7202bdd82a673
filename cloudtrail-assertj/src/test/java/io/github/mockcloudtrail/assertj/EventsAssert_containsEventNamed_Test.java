package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventsAssert_containsEventNamed_Test {

    @Test
    void should_pass_if_an_event_has_the_name(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().containsEventNamed("StopLogging"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_no_event_has_the_name(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().containsEventNamed("DeleteTrail"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event named "DeleteTrail" in the event history in us-east-1, but there is none:
                """ + AUDIT_HISTORY_EVENTS);
    }

    @Test
    void should_fail_if_the_events_are_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThatEvents((List<Event>) null).containsEventNamed("DeleteTrail"));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
