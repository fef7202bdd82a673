package io.github.mockcloudtrail.assertj;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

@AuditHistory
class CloudTrailClientAssert_lookupEvents_Test {

    @Test
    void should_lead_to_the_events_of_the_lookup(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail)
                .lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                        .attributeKey(LookupAttributeKey.USERNAME).attributeValue("alice").build()))
                .hasSize(2).containsEventNamed("CreateTrail").containsEventNamed("DescribeTrails"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_lookup(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail)
                .lookupEvents(r -> r.startTime(Instant.parse("2024-03-01T10:30:00Z")))
                .containsEventNamed("StopLogging"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event named "StopLogging" in the events LookupEvents returned in us-east-1, but there is none:
                  0: 2024-03-01T11:30:00Z Decrypt from kms.amazonaws.com by payroll-app (read-only) \
                on AWS::KMS::Key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                  1: 2024-03-01T11:00:00Z DescribeTrails from cloudtrail.amazonaws.com by alice (read-only)""");
    }
}
