package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditHistory
class EventsAssert_filteredOnResource_Test {

    @Test
    void should_lead_to_the_events_on_the_resource(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnResource(ORG_AUDIT_ARN).hasSize(2).containsEventNamed("StopLogging").containsEventNamed("CreateTrail"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_filter(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).eventHistory()
                .filteredOnResource(ORG_AUDIT_ARN).filteredOnReadOnly(true).hasSize(1));
        // THEN
        outcome.shouldFailWith("""
                Expecting 1 event in the event history in us-east-1 on arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit \
                that only read, but there are none:
                  (no events)""");
    }
}
