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
class RecordedCallsAssert_once_Test {

    @Test
    void should_pass_if_the_mock_received_one_call_of_the_operation(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).once());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_listing_the_calls_received_if_there_was_none(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.START_LOGGING).once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StartLogging, but it received 0.
                Calls received:
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock)));
    }

    @Test
    void should_fail_marking_the_calls_that_count_if_there_were_more(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging, but it received 2.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 0) + "\n* 2: " + STOP_ORG_AUDIT_CALL.formatted(accessKey(mock)));
    }

    @Test
    void should_fail_saying_so_if_the_mock_received_no_calls(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging, but it received 0.
                The mock received no calls.""");
    }

    @Nested
    @ShortJournal
    class WithAJournalThatDroppedCalls {

        @Test
        void should_fail_saying_the_journal_cannot_prove_an_upper_bound(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.DELETE_TRAIL).once());
            // THEN
            outcome.shouldFailWith(cutShortFailure(
                    "Expecting the mock to have received exactly 1 call of DeleteTrail, but its journal holds 1.",
                    accessKey(mock), true));
        }
    }
}
