package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

@AuditHistory
class CloudTrailMockAssert_lookupEvents_Test {

    @Test
    void should_lead_to_the_events_of_the_lookup(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                .attributeKey(LookupAttributeKey.EVENT_SOURCE).attributeValue("kms.amazonaws.com").build()))
                .singleEvent().hasEventName("Decrypt"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_naming_the_lookup(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                .attributeKey(LookupAttributeKey.USERNAME).attributeValue("mallory").build()))
                .hasEventBy("alice"));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event by "alice" in the events LookupEvents returned in us-east-1, but there is none:
                  0: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""");
    }
}
