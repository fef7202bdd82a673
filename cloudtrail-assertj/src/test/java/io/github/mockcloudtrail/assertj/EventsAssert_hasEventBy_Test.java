package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;
import static io.github.mockcloudtrail.assertj.Fixtures.history;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventsAssert_hasEventBy_Test {

    @Test
    void should_pass_if_the_user_made_an_event(CloudTrailClient cloudTrail) {
        // GIVEN
        List<Event> events = history(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThatEvents(events).hasEventBy("mallory").hasEventBy("payroll-app"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_user_made_no_event(CloudTrailClient cloudTrail) {
        // GIVEN
        List<Event> events = history(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThatEvents(events).hasEventBy("bob"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event by "bob" in the events, but there is none:
                """ + AUDIT_HISTORY_EVENTS);
    }
}
