package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;
import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_hasResource_Test {

    @Test
    void should_pass_if_event_names_the_resource(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).hasResource("AWS::CloudTrail::Trail", ORG_AUDIT_ARN));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_event_names_other_resources(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).hasResource("AWS::CloudTrail::Trail", Fixtures.APP_TRAIL_ARN));
        // THEN
        outcome.shouldFailWith("""
                Expecting event "StopLogging" of 2024-03-01T10:00:00Z to name resource AWS::CloudTrail::Trail \
                arn:aws:cloudtrail:us-east-1:123456789012:trail/app-trail, but it does not.
                """ + STOP_LOGGING_DETAILS);
    }
}
