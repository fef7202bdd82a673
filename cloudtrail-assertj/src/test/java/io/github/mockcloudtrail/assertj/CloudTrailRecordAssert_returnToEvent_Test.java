package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.newest;
import static io.github.mockcloudtrail.assertj.Fixtures.stopOrgAuditAndDeleteNope;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@OrgAuditCalls
class CloudTrailRecordAssert_returnToEvent_Test {

    @Test
    void should_return_to_the_event_the_record_was_reached_from(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        Event delete = newest(cloudTrail, "DeleteTrail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(delete)
                .record().hasErrorCode("TrailNotFoundException").hasRequestParameter("name", "nope")
                .returnToEvent().hasUsername("mock-user").isNotReadOnly());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_event_after_returning(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        Event delete = newest(cloudTrail, "DeleteTrail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(delete)
                .record().hasErrorCode("TrailNotFoundException")
                .returnToEvent().isReadOnly());
        // THEN
        outcome.shouldFailWith("""
                Expecting event "DeleteTrail" of 2024-03-01T12:00:00Z to be read-only, but it is not.
                Event "DeleteTrail":
                  event ID: %s
                  event time: 2024-03-01T12:00:00Z
                  event source: cloudtrail.amazonaws.com
                  username: mock-user
                  read-only: false
                  access key: %s
                  resources: AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/nope"""
                .formatted(delete.eventId(), delete.accessKeyId()));
    }

    @Test
    void should_refuse_if_the_record_was_not_reached_from_an_event(CloudTrailClient cloudTrail) {
        // GIVEN
        stopOrgAuditAndDeleteNope(cloudTrail);
        CloudTrailRecord record = CloudTrailRecord.parse(newest(cloudTrail, "DeleteTrail").cloudTrailEvent());
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(record).returnToEvent())
                .withMessage("There is no EventAssert to return to: these assertions were not reached by EventAssert.record()");
    }
}
