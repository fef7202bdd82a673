package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;
import static io.github.mockcloudtrail.assertj.Fixtures.accessKey;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNopeCalls;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@OrgAuditCalls
class RecordedCallsAssert_withTrailName_Test {

    @Test
    void should_count_the_calls_that_name_the_trail(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        cloudTrail.describeTrails(r -> r.trailNameList("app-trail", "org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.STOP_LOGGING).withTrailName("org-audit").once()
                .returnToMock()
                .received(Operation.DELETE_TRAIL).withTrailName("nope").once()
                .returnToMock()
                .received(Operation.DESCRIBE_TRAILS).withTrailName("org-audit").once());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_match_a_name_with_an_arn_of_the_trail_and_the_other_way_round(CloudTrailClient cloudTrail,
            CloudTrailMock mock) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name(ORG_AUDIT_ARN));
        cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock)
                .received(Operation.STOP_LOGGING).withTrailName("org-audit").once()
                .returnToMock()
                .received(Operation.GET_TRAIL_STATUS).withTrailName(ORG_AUDIT_ARN).once()
                .returnToMock()
                .received(Operation.STOP_LOGGING).withTrailName("arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-audit")
                .never());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_trail_if_no_call_of_the_operation_names_it(CloudTrailClient cloudTrail,
            CloudTrailMock mock) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).received(Operation.STOP_LOGGING)
                .withTrailName("app-trail").once());
        // THEN
        outcome.shouldFailWith("""
                Expecting the mock to have received exactly 1 call of StopLogging for trail "app-trail", but it received 0.
                Calls received:
                """ + stopOrgAuditAndDeleteNopeCalls(accessKey(mock)));
    }
}
