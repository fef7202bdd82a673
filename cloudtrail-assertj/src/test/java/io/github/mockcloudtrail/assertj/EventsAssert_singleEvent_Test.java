package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class EventsAssert_singleEvent_Test {

    @Test
    void should_lead_to_the_only_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnReadOnly(false).filteredOnSource("cloudtrail.amazonaws.com").filteredOnResource(Fixtures.ORG_AUDIT_ARN)
                .event(0).hasEventName("StopLogging").returnToEvents()
                .filteredOnSource("kms.amazonaws.com").isEmpty());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_once_if_there_are_several_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().singleEvent().hasEventName("Decrypt"));
        // THEN
        outcome.shouldFailWith("""
                Expecting exactly one event in the event history in us-east-1, but there are 4:
                """ + AUDIT_HISTORY_EVENTS);
    }
}
