package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.junit.ForAccount;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventCategory;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
class EventHistoryTest {

    @Test
    @SeedEvent(eventName = "StopLogging", username = "mallory", ago = "PT2H",
            resources = "AWS::CloudTrail::Trail=arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit")
    void findsASeededEvent(CloudTrailClient cloudTrail) {
        List<Event> events = cloudTrail.lookupEvents(r -> r.lookupAttributes(a -> a
                .attributeKey(LookupAttributeKey.USERNAME).attributeValue("mallory"))).events();

        assertThat(events).extracting(Event::eventName).containsExactly("StopLogging");
        assertThat(events.get(0).eventTime()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    }

    @Test
    void recordsTheCallsMadeThroughIt(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        cloudTrail.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
        mock.clock().advance(Duration.ofMinutes(5));
        cloudTrail.deleteTrail(r -> r.name("audit"));

        assertThat(cloudTrail.lookupEvents(r -> { }).events())
                .extracting(Event::eventName, Event::eventTime, Event::username)
                .containsExactly(tuple("DeleteTrail", Instant.parse("2024-03-01T12:05:00Z"), "mock-user"),
                        tuple("CreateTrail", Instant.parse("2024-03-01T12:00:00Z"), "mock-user"));
    }

    @Test
    @SeedEvent(eventName = "DeleteTrail", category = EventSeed.Category.INSIGHT, ago = "PT1H")
    void returnsInsightsEventsOnlyWhenAskedFor(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).isEmpty();

        assertThat(cloudTrail.lookupEvents(r -> r.eventCategory(EventCategory.INSIGHT)).events())
                .extracting(Event::eventName, Event::eventTime)
                .containsExactly(tuple("DeleteTrail", Instant.parse("2024-03-01T11:00:00Z")));
    }

    @Test
    void readsOldLogFilesOnceTheLookupWindowIsOff(CloudTrailMock mock,
            @ForAccount("974349055189") CloudTrailClient logOwner) {
        mock.seedEvents("classpath:cloudtrail/974349055189_CloudTrail_us-east-1_20140926T1130Z_trail-activity.json");
        mock.setLookupWindow(Duration.ZERO);

        // Records are filed under their own account and Region: ask as that account.
        assertThat(logOwner.lookupEvents(r -> r.lookupAttributes(a -> a
                .attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue("CreateTrail"))).events())
                .extracting(Event::username).containsExactly("user01");
    }
}
