package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.CallCount.atLeast;
import static io.github.mockcloudtrail.CallCount.never;
import static io.github.mockcloudtrail.CallCount.once;
import static io.github.mockcloudtrail.CallCount.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.junit.ForRegion;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The journal: every call a test's clients make, with operation, request, answer, access key, account,
 * Region and time; verification against it with readable failures; a reset of its own; and a cap.
 */
@MockCloudTrail
class RecordedCallsTest {

    @Test
    void recordsWhatWasAskedByWhomWhereWhenAndTheAnswer(CloudTrailClient client, CloudTrailMock mock,
            @ForRegion("eu-west-1") CloudTrailClient ireland) {
        Instant before = Instant.now();
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
        catchThrowableOfType(TrailNotFoundException.class, () -> ireland.getTrail(r -> r.name("nope")));
        Instant after = Instant.now();

        List<RecordedCall> calls = mock.calls().all();
        assertThat(calls).hasSize(2);
        RecordedCall create = calls.get(0);
        assertThat(create.operation()).contains(Operation.CREATE_TRAIL);
        assertThat(create.operationName()).isEqualTo("CreateTrail");
        assertThat(create.body()).isEqualTo("{\"Name\":\"audit\",\"S3BucketName\":\"audit-logs\"}");
        assertThat(create.request(CreateTrailRequest.class).name()).isEqualTo("audit");
        assertThat(create.status()).isEqualTo(200);
        assertThat(create.error()).isEmpty();
        assertThat(create.succeeded()).isTrue();
        assertThat(create.accessKeyId()).isEqualTo(mock.credentialsProvider().resolveCredentials().accessKeyId());
        assertThat(create.accountId()).isEqualTo("123456789012");
        assertThat(create.region()).isEqualTo("us-east-1");
        assertThat(create.time()).isBetween(before, after);
        assertThat(create.fault()).isEmpty();

        RecordedCall get = calls.get(1);
        assertThat(get.sequence()).isGreaterThan(create.sequence());
        assertThat(get.operation()).contains(Operation.GET_TRAIL);
        assertThat(get.status()).isEqualTo(400);
        assertThat(get.error()).contains("TrailNotFoundException");
        assertThat(get.region()).isEqualTo("eu-west-1");
        assertThat(mock.calls().of(Operation.GET_TRAIL)).containsExactly(get);
        assertThat(get.toString()).isEqualTo("#" + get.sequence() + " GetTrail {\"Name\":\"nope\"} -> 400"
                + " TrailNotFoundException (eu-west-1, 123456789012, key " + get.accessKeyId() + ")");
    }

    @Test
    void recordsCallsToUnknownOperationsAndBodiesThatCannotBeDecoded(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());
        http.call("DoSomethingElse", "{}");
        http.call("CreateTrail", "{\"Name\": 42}");

        List<RecordedCall> calls = mock.calls().all();
        assertThat(calls).extracting(RecordedCall::operationName).containsExactly("DoSomethingElse", "CreateTrail");
        assertThat(calls.get(0).operation()).isEmpty();
        assertThat(calls.get(0).error()).contains("UnknownOperationException");
        assertThat(calls.get(1).request()).isEmpty();
        assertThat(calls.get(1).body()).isEqualTo("{\"Name\": 42}");
        assertThat(calls.get(1).error()).contains("SerializationException");
    }

    @Test
    void verifyPassesWhenTheCountMatches(CloudTrailClient client, CloudTrailMock mock) {
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
        client.startLogging(r -> r.name("audit"));
        client.startLogging(r -> r.name("audit"));

        mock.verify(Operation.START_LOGGING, times(2));
        mock.verify(Operation.CREATE_TRAIL, once());
        mock.verify(Operation.DELETE_TRAIL, never());
        mock.verify(Operation.START_LOGGING, atLeast(1));
    }

    @Test
    void verifyFailsWithTheCountsAsExpectedAndActualAndListsEveryCall(CloudTrailClient client, CloudTrailMock mock) {
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
        client.startLogging(r -> r.name("audit"));
        client.startLogging(r -> r.name("audit"));
        List<RecordedCall> calls = mock.calls().all();

        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> mock.verify(Operation.START_LOGGING, once()));

        assertThat(failure.getMessage()).isEqualTo("Expected exactly 1 call of StartLogging, but the mock received 2."
                + "\nAll calls received:\n  " + calls.get(0) + "\n  " + calls.get(1) + "\n  " + calls.get(2));
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("exactly 1 call of StartLogging");
        assertThat(failure.getActual().getStringRepresentation())
                .isEqualTo("2 calls of StartLogging\n  " + calls.get(1) + "\n  " + calls.get(2));
    }

    @Test
    void verifyOfACallNeverMadeSaysNothingWasReceived(CloudTrailMock mock) {
        assertThat(catchThrowableOfType(AssertionFailedError.class, () -> mock.verify(Operation.STOP_LOGGING, once())))
                .hasMessage("Expected exactly 1 call of StopLogging, but the mock received 0.\nThe mock received no"
                        + " calls.");
    }

    @Test
    void resettingTheJournalKeepsTheStateAndResettingTheStateKeepsTheJournal(CloudTrailClient client,
            CloudTrailMock mock) {
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        mock.calls().reset();
        assertThat(mock.calls().all()).isEmpty();
        assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");

        mock.reset();
        assertThat(client.describeTrails().trailList()).isEmpty();
        assertThat(mock.calls().all()).extracting(RecordedCall::operationName).containsExactly("GetTrail",
                "DescribeTrails");
    }

    @Test
    void eachTestStartsWithAnEmptyJournal(CloudTrailMock mock) {
        assertThat(mock.calls().all()).isEmpty();
        assertThat(mock.calls().limit()).isEqualTo(SessionOptions.DEFAULT_JOURNAL_LIMIT);
    }

    @Nested
    @MockCloudTrail(journalLimit = 3)
    class Capped {
        @Test
        void keepsTheNewestCallsAndCountsTheDroppedOnes(CloudTrailClient client, CloudTrailMock mock) {
            for (int i = 0; i < 5; i++) {
                client.listTrails(r -> { });
            }

            assertThat(mock.calls().all()).hasSize(3).extracting(RecordedCall::sequence).isSorted();
            assertThat(mock.calls().dropped()).isEqualTo(2);
            assertThat(mock.calls()).hasToString("RecordedCalls[3 kept, 2 dropped, limit 3]");
        }

        @Test
        void verifyOfAnUpperBoundSaysTheJournalWasCutShort(CloudTrailClient client, CloudTrailMock mock) {
            for (int i = 0; i < 5; i++) {
                client.listTrails(r -> { });
            }

            mock.verify(Operation.LIST_TRAILS, atLeast(3));
            assertThat(catchThrowableOfType(AssertionFailedError.class,
                    () -> mock.verify(Operation.LIST_TRAILS, times(3))))
                    .hasMessageStartingWith("Expected exactly 3 calls of ListTrails, but the mock received 3.\nThe"
                            + " journal dropped its 2 oldest calls (journalLimit = 3), so it cannot prove an upper"
                            + " bound: raise journalLimit.\nAll calls received:");
        }
    }

    @Nested
    @MockCloudTrail(journalLimit = 0)
    class Off {
        @Test
        void keepsNothingAndRefusesToVerify(CloudTrailClient client, CloudTrailMock mock) {
            client.listTrails(r -> { });

            assertThat(mock.calls().all()).isEmpty();
            assertThat(catchThrowableOfType(AssertionFailedError.class,
                    () -> mock.verify(Operation.LIST_TRAILS, never())))
                    .hasMessage("Cannot verify exactly 0 calls of ListTrails: the call journal is off (journalLimit = 0).");
        }
    }
}
