package io.github.mockcloudtrail.examples.programmatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.junit.ForAccount;
import io.github.mockcloudtrail.junit.MockCloudTrailExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

class EventHistoryTwinTest {

    @RegisterExtension
    static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
            .clock(Instant.parse("2024-03-01T12:00:00Z"))
            .lookupWindowDays(0)
            .seedEvents("classpath:cloudtrail/974349055189_CloudTrail_us-east-1_20140926T1130Z_trail-activity.json")
            .seedEvent(EventSeed.named("StopLogging").username("mallory")
                    .time(Instant.parse("2024-03-01T10:00:00Z")).build())
            .build();

    private static LookupAttribute named(String eventName) {
        return LookupAttribute.builder().attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue(eventName).build();
    }

    @Test
    void findsTheBuildersEvents(CloudTrailClient cloudTrail, @ForAccount("974349055189") CloudTrailClient logOwner) {
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).extracting(Event::eventName, Event::username)
                .containsExactly(tuple("StopLogging", "mallory"));
        assertThat(logOwner.lookupEvents(r -> r.lookupAttributes(named("CreateTrail"))).events())
                .extracting(Event::eventTime).containsExactly(Instant.parse("2014-09-26T11:26:19Z"));
    }

    @Test
    void startsEveryTestAtTheBuildersClock(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.clock().advance(Duration.ofMinutes(5));
        cloudTrail.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(named("CreateTrail"))).events())
                .extracting(Event::eventTime).containsExactly(Instant.parse("2024-03-01T12:05:00Z"));
    }
}
