package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.AUDIT_HISTORY_EVENTS;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class EventsAssert_isEmpty_Test {

    @Test
    void should_pass_if_there_are_no_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().filteredOnSource("s3.amazonaws.com").isEmpty());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_there_are_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().isEmpty());
        // THEN
        outcome.shouldFailWith("""
                Expecting no events in the event history in us-east-1, but there are 4:
                """ + AUDIT_HISTORY_EVENTS);
    }
}
