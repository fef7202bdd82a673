package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_ORG_AUDIT_CALL;
import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.cutShortFailure;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_atMost_Test {

    @Test
    void should_pass_if_the_mock_received_as_many_calls_or_fewer(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atMost(1)
                .atMost(2));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_mock_received_more(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atMost(1));
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received at most 1 call of StopLogging, but it received 2.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 0) + "\n* 2: " + STOP_ORG_AUDIT_CALL.formatted(accessKey(mock)));
    }

    @Nested
    @ShortJournal
    class WithAJournalThatDroppedCalls {

        @Test
        void should_fail_saying_the_journal_cannot_prove_an_upper_bound(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atMost(1));
            // THEN
            outcome.shouldFailWith(cutShortFailure(
                    "Expecting the mock to have received at most 1 call of StopLogging, but its journal holds 0.",
                    accessKey(mock), false));
        }
    }
}
