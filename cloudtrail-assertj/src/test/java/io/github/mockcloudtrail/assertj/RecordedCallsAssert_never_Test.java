package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_ORG_AUDIT_CALL;
import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_never_Test {

    @Test
    void should_pass_if_the_mock_received_no_call_of_the_operation(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.START_LOGGING).never());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_marking_the_calls_that_should_not_have_been_made(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.DELETE_TRAIL).never());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received no calls of DeleteTrail, but it received 1.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 1));
    }

    @Test
    void should_list_the_calls_that_count_first_and_at_most_twenty(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        for (int i = 0; i < 25; i++) {
            cloudTrail.listTrails(r -> { });
        }
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        String listTrails = "2024-03-01T12:00:00Z ListTrails -> 200 (us-east-1, 123456789012, key " + accessKey(mock) + ")";
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).never());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received no calls of StopLogging, but it received 1.
                Calls received (* marks those that count):
                """ + IntStream.range(0, 19).mapToObj(i -> "  " + i + ": " + listTrails).collect(Collectors.joining("\n"))
                + "\n* 25: " + STOP_ORG_AUDIT_CALL.formatted(accessKey(mock))
                + "\n  ... and 6 more");
    }

    @Nested
    @MockCloudTrail(journalLimit = 0)
    class WithTheJournalOff {

        @Test
        void should_fail_saying_the_journal_is_off(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            cloudTrail.listTrails(r -> { });
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.DELETE_TRAIL).never());
            // THEN
            outcome.shouldFailWith("Expecting the mock to have received no calls of DeleteTrail, but its call journal is off "
                    + "(journalLimit = 0).");
        }
    }
}
