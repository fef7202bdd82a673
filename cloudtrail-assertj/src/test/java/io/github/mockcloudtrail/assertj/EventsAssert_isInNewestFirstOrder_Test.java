package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventsAssert_isInNewestFirstOrder_Test {

    @Test
    void should_pass_for_lookup_events_results(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory().isInNewestFirstOrder());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_an_event_is_newer_than_the_one_before_it(CloudTrailClient cloudTrail) {
        // GIVEN
        List<Event> oldestFirst = new ArrayList<>(history(cloudTrail));
        Collections.reverse(oldestFirst);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThatEvents(oldestFirst).isInNewestFirstOrder());
        // THEN
        outcome.shouldFailWith("""
                Expecting the events in newest-first order, but event 1 is newer than event 0:
                  0: 2024-03-01T09:00:00Z CreateTrail from cloudtrail.amazonaws.com by alice (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
                  1: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
                  2: 2024-03-01T11:00:00Z DescribeTrails from cloudtrail.amazonaws.com by alice (read-only)
                  3: 2024-03-01T11:30:00Z Decrypt from kms.amazonaws.com by payroll-app (read-only) \
                on AWS::KMS::Key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab""");
    }
}
