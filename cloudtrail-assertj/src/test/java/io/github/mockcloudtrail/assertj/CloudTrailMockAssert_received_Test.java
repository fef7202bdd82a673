package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class CloudTrailMockAssert_received_Test {

    @Test
    void should_lead_to_the_calls_of_the_operation_in_the_journal(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.STOP_LOGGING).once()
                .returnToMock()
                .received(Operation.DELETE_TRAIL).once()
                .returnToMock()
                .received(Operation.GET_TRAIL).never());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_see_the_calls_the_live_assertions_make(CloudTrailMock mock) {
        // GIVEN
        CloudTrailAssertions.assertThat(mock).hasTrail("org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.GET_TRAIL).withTrailName("org-audit")
                .once());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_once_if_the_handle_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((CloudTrailMock) null)
                .received(Operation.STOP_LOGGING).withTrailName("org-audit").succeeded().once());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
