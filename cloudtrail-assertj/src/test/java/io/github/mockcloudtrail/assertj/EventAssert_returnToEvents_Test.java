package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_returnToEvents_Test {

    @Test
    void should_return_to_the_events_the_event_was_reached_from(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .event(0).hasEventName("Decrypt")
                .returnToEvents().event(1).hasEventName("DescribeTrails"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_events_after_returning(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .event(0).hasEventName("Decrypt")
                .returnToEvents().containsEventNamed("DeleteTrail"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event named "DeleteTrail" in the event history in us-east-1, but there is none:
                """ + AUDIT_HISTORY_EVENTS);
    }

    @Test
    void should_refuse_if_the_event_was_not_reached_from_events(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(decrypt).returnToEvents())
                .withMessage("There is no EventsAssert to return to: these assertions were not reached by "
                        + "EventsAssert.event(int) or singleEvent()");
    }
}
