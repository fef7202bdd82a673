package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;
import static io.github.mockcloudtrail.assertj.Fixtures.DECRYPT_DETAILS;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class EventsAssert_event_Test {

    @Test
    void should_lead_to_the_event_at_the_index(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .event(2).hasEventName("StopLogging").hasUsername("mallory"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().event(0).hasUsername("alice"));
        // THEN
        outcome.shouldFailWith("""
                Expecting event "Decrypt" of 2024-03-01T11:30:00Z to be made by "alice", but it was made by "payroll-app".
                """ + DECRYPT_DETAILS);
    }

    @Test
    void should_fail_once_if_there_is_no_event_at_the_index(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().event(4).hasUsername("alice")
                .record().hasNoErrorCode());
        // THEN
        outcome.shouldFailWith("""
                Expecting an event at index 4 in the event history in us-east-1, but there are 4:
                """ + AUDIT_HISTORY_EVENTS);
    }
}
