package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class CloudTrailClientAssert_eventHistory_Test {

    @Test
    void should_lead_to_every_page_of_the_history(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN: more events than one LookupEvents page holds (50)
        for (int i = 0; i < 60; i++) {
            mock.seedEvent(EventSeed.named("GetTrailStatus").username("poller").readOnly(true)
                    .time(Instant.parse("2024-03-01T08:00:00Z").plusSeconds(i)).build());
        }
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .hasSize(64).isInNewestFirstOrder()
                .event(63).hasUsername("poller"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_history(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().hasEventBy("bob"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event by "bob" in the event history in us-east-1, but there is none:
                """ + Fixtures.AUDIT_HISTORY_EVENTS);
    }
}
