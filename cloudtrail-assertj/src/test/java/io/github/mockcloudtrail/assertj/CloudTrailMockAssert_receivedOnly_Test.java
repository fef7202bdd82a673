package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.cutShortFailure;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailMockAssert_receivedOnly_Test {

    @Test
    void should_pass_if_every_call_is_of_one_of_the_operations(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .receivedOnly(Operation.DELETE_TRAIL, Operation.STOP_LOGGING)
                .receivedOnly(Operation.DELETE_TRAIL, Operation.STOP_LOGGING, Operation.START_LOGGING));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_the_mock_received_no_calls(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).receivedOnly(Operation.STOP_LOGGING));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_marking_the_calls_of_other_operations(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).receivedOnly(Operation.STOP_LOGGING,
                Operation.START_LOGGING));
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received only calls of StopLogging, StartLogging, but it received 1 other call.
                Calls received (* marks the others):
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock), 1));
    }

    @Test
    void should_fail_on_a_call_of_an_operation_the_mock_does_not_know(CloudTrailMock mock) throws Exception {
        // GIVEN
        HttpResponse<String> answer = callUnknownOperation(mock, "DoSomethingElse");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("UnknownOperationException");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).receivedOnly(Operation.STOP_LOGGING));
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received only calls of StopLogging, but it received 1 other call.
                Calls received (* marks the others):
                * 0: 2024-03-01T12:00:00Z DoSomethingElse -> 400 UnknownOperationException (us-east-1, 123456789012, key %s)"""
                .formatted(accessKey(mock)));
    }

    @Nested
    @ShortJournal
    class WithAJournalThatDroppedCalls {

        @Test
        void should_fail_saying_the_journal_cannot_prove_there_were_no_others(CloudTrailClient cloudTrail,
                CloudTrailMock mock) {
            // GIVEN
            stopOrgAuditAndDeleteNope(cloudTrail);
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).receivedOnly(Operation.DELETE_TRAIL));
            // THEN
            outcome.shouldFailWith(cutShortFailure(
                    "Expecting the mock to have received only calls of DeleteTrail, but its journal holds 0 other calls.",
                    accessKey(mock), false));
        }
    }

    @Nested
    @MockCloudTrail(journalLimit = 0)
    class WithTheJournalOff {

        @Test
        void should_fail_saying_the_journal_is_off(CloudTrailMock mock) {
            // WHEN
            HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).receivedOnly(Operation.STOP_LOGGING));
            // THEN
            outcome.shouldFailWith("Expecting the mock to have received only calls of StopLogging, but its call journal is "
                    + "off (journalLimit = 0).");
        }
    }

    /** A call signed as the mock's clients sign theirs, to an operation no SDK can name. */
    private static HttpResponse<String> callUnknownOperation(CloudTrailMock mock, String operation) throws Exception {
        String scope = accessKey(mock) + "/20240301/" + mock.region().id() + "/cloudtrail/aws4_request";
        HttpRequest request = HttpRequest.newBuilder(mock.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", Operation.TARGET_PREFIX + operation)
                .header("X-Amz-Date", "20240301T120000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + scope
                        + ", SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
