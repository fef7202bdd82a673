package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DELETE_NOPE_CALL;
import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_atLeast_Test {

    @Test
    void should_pass_if_the_mock_received_as_many_calls_or_more(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atLeast(1).atLeast(2));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_mock_received_fewer(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atLeast(2));
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received at least 2 calls of StopLogging, but it received 1.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 0));
    }

    @Nested
    @ShortJournal
    class WithAJournalThatDroppedCalls {

        @Test
        void should_pass_on_the_calls_the_journal_kept(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.DELETE_TRAIL).atLeast(1));
            // THEN
            outcome.shouldPass();
        }

        @Test
        void should_fail_saying_the_dropped_calls_may_have_counted(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).atLeast(1));
            // THEN
            outcome.shouldFailWith("""
                    Expecting the mock to have received at least 1 call of StopLogging, but its journal holds 0.
                    The journal was cut short: it dropped its oldest call (journalLimit = 1), which may have counted: \
                    raise journalLimit.
                    Calls received:
                    """ + "  0: " + DELETE_NOPE_CALL.formatted(accessKey(mock)));
        }
    }
}
