package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_record_Test {
    private static final String BARE_STOP_DETAILS = """
            Event "StopLogging":
              event ID: none
              event time: 2024-03-01T10:00:00Z
              event source: cloudtrail.amazonaws.com
              username: mallory
              read-only: false
              access key: none
              resources: none""";

    @Test
    void should_lead_to_the_events_record(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).record()
                .hasUserIdentityType("IAMUser")
                .hasUserIdentityArn("arn:aws:iam::123456789012:user/mallory")
                .hasNoErrorCode());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_on_the_record(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).record().hasUserIdentityType("AssumedRole"));
        // THEN
        outcome.shouldFailWith("""
                Expecting the CloudTrail record of StopLogging from cloudtrail.amazonaws.com at 2024-03-01T10:00:00Z
                to have userIdentity type "AssumedRole", but it has "IAMUser".
                CloudTrail record:
                  eventName: StopLogging
                  eventSource: cloudtrail.amazonaws.com
                  eventTime: 2024-03-01T10:00:00Z
                  userIdentity: type IAMUser, ARN arn:aws:iam::123456789012:user/mallory
                  requestParameters: none
                  errorCode: none""");
    }

    @Test
    void should_fail_once_if_the_event_carries_no_record() {
        // GIVEN
        Event stop = bareStop().build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).record().hasNoErrorCode());
        // THEN
        outcome.shouldFailWith("""
                Expecting event "StopLogging" of 2024-03-01T10:00:00Z to carry its CloudTrail record, \
                but it has no CloudTrailEvent.
                """ + BARE_STOP_DETAILS);
    }

    @Test
    void should_fail_once_if_the_record_cannot_be_read() {
        // GIVEN
        Event stop = bareStop().cloudTrailEvent("{\"eventName\":\"StopLogging\"}").build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).record().hasNoErrorCode());
        // THEN
        outcome.shouldFailWith("""
                Expecting event "StopLogging" of 2024-03-01T10:00:00Z to carry its CloudTrail record, \
                but its CloudTrailEvent cannot be read (Not a CloudTrail record: it has no eventSource).
                """ + BARE_STOP_DETAILS);
    }

    /** An event as a client might build it, with only the lookup fields. */
    private static Event.Builder bareStop() {
        return Event.builder().eventName("StopLogging").eventSource("cloudtrail.amazonaws.com").username("mallory")
                .readOnly("false").eventTime(Instant.parse("2024-03-01T10:00:00Z"));
    }
}
