package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.cutShortFailure;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_times_Test {

    @Test
    void should_pass_if_the_mock_received_that_many_calls(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).times(2));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_mock_received_fewer(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).times(2));
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 2 calls of StopLogging, but it received 1.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 0));
    }

    @Test
    void should_count_every_call_of_the_journal_when_not_narrowed(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        RecordedCallsAssert everyCall = new RecordedCallsAssert(mock.calls());
        // WHEN
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> everyCall.times(3));
        // THEN
        assertThatCode(() -> everyCall.times(2)).doesNotThrowAnyException();
        assertThat(failure.getMessage().replace(System.lineSeparator(), "\n")).isEqualTo("""

                Expecting the mock to have received exactly 3 calls, but it received 2.
                Calls received (* marks those that count):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 0, 1));
    }

    @Nested
    @ShortJournal
    class WithAJournalThatDroppedCalls {

        @Test
        void should_fail_saying_the_journal_cannot_prove_an_exact_count(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING).times(0));
            // THEN
            outcome.shouldFailWith(cutShortFailure(
                    "Expecting the mock to have received no calls of StopLogging, but its journal holds 0.",
                    accessKey(mock), false));
        }
    }
}
