package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_returnToMock_Test {

    @Test
    void should_lead_back_to_the_mock_through_every_filter(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.DELETE_TRAIL).withTrailName("nope").inRegion("us-east-1")
                .failedWith("TrailNotFoundException").once()
                .returnToMock()
                .receivedOnly(Operation.STOP_LOGGING, Operation.DELETE_TRAIL));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_collect_failures_before_and_after_the_return(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        // WHEN
        softly.assertThat(mock)
                .received(Operation.START_LOGGING).withTrailName("org-audit").once()
                .returnToMock()
                .receivedOnly(Operation.STOP_LOGGING)
                .received(Operation.DELETE_TRAIL).never();
        // THEN
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage)
                .map(message -> message.lines().skip(1).findFirst().orElseThrow())
                .containsExactly(
                        "Expecting the mock to have received exactly 1 call of StartLogging for trail \"org-audit\", but it "
                                + "received 0.",
                        "Expecting the mock to have received only calls of StopLogging, but it received 1 other call.",
                        "Expecting the mock to have received no calls of DeleteTrail, but it received 1.");
    }

    @Test
    void should_refuse_if_the_calls_were_not_reached_from_the_mock(CloudTrailMock mock) {
        // GIVEN
        RecordedCallsAssert calls = new RecordedCallsAssert(mock.calls()).inRegion("us-east-1");
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(calls::returnToMock).withMessage("There is no CloudTrailMockAssert"
                + " to return to: these assertions were not reached by CloudTrailMockAssert.received(Operation)");
    }
}
