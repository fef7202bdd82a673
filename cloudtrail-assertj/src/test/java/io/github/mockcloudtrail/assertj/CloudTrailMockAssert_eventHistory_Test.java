package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import org.junit.jupiter.api.Test;

@AuditHistory
class CloudTrailMockAssert_eventHistory_Test {

    @Test
    void should_lead_to_the_history_through_clients_built_from_the_handle(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).eventHistory().hasSize(4).isInNewestFirstOrder());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_history(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).eventHistory().containsEventNamed("DeleteTrail"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event named "DeleteTrail" in the event history in us-east-1, but there is none:
                """ + Fixtures.AUDIT_HISTORY_EVENTS);
    }
}
