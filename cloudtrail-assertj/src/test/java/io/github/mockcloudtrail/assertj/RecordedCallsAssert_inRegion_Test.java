package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.ForRegion;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_inRegion_Test {

    @Test
    void should_count_the_calls_signed_for_the_region(CloudTrailClient cloudTrail, CloudTrailMock mock,
            @ForRegion("eu-west-1") CloudTrailClient ireland) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        ireland.listTrails(r -> { });
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.LIST_TRAILS).inRegion("eu-west-1").once()
                .returnToMock()
                .received(Operation.LIST_TRAILS).inRegion("us-east-1").never()
                .returnToMock()
                .received(Operation.STOP_LOGGING).inRegion("us-east-1").once());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_region_and_showing_each_call_s_region(CloudTrailClient cloudTrail, CloudTrailMock mock,
            @ForRegion("eu-west-1") CloudTrailClient ireland) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        ireland.listTrails(r -> { });
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING)
                .inRegion("eu-west-1").once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging in eu-west-1, but it received 0.
                Calls received:
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock))
                + "\n  2: 2024-03-01T12:00:00Z ListTrails -> 200 (eu-west-1, 123456789012, key " + accessKey(mock) + ")");
    }
}
