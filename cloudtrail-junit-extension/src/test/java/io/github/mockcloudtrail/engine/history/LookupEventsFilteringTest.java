package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.history.LookupEventsRulesTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventCategory;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/**
 * What {@code LookupEvents} finds: by each of the eight attribute keys, newest first, within the lookup window
 * on the mock's clock, Insights events only when asked, and only in the caller's account and Region.
 */
@MockCloudTrail(clock = "2024-03-01T12:00:00Z", recordCalls = false)
@SeedEvent(eventName = "StopLogging", username = "mallory", ago = "PT1H", accessKeyId = "AKIAMALLORY",
        resources = "AWS::CloudTrail::Trail=arn:aws:cloudtrail:us-east-1:123456789012:trail/audit",
        eventId = "11111111-1111-1111-1111-111111111111")
@SeedEvent(eventName = "DescribeTrails", username = "alice", ago = "PT2H", readOnly = true)
@SeedEvent(eventName = "RunInstances", eventSource = "ec2.amazonaws.com", username = "alice", ago = "PT3H",
        resources = {"AWS::EC2::Instance=i-0123456789abcdef0", "AWS::EC2::Subnet=subnet-0abc"})
@SeedEvent(eventName = "StopLogging", username = "alice", ago = "PT3H", category = EventSeed.Category.INSIGHT)
class LookupEventsFilteringTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> names(List<Event> events) {
        return events.stream().map(e -> e.eventName() + "@" + e.username()).toList();
    }

    @Test
    void returnsManagementEventsNewestFirst(CloudTrailClient cloudTrail) {
        assertThat(names(cloudTrail.lookupEvents(r -> { }).events()))
                .containsExactly("StopLogging@mallory", "DescribeTrails@alice", "RunInstances@alice");
    }

    @ParameterizedTest
    @CsvSource({
        "EventId,      11111111-1111-1111-1111-111111111111, StopLogging@mallory",
        "EventName,    RunInstances,                         RunInstances@alice",
        "ReadOnly,     true,                                 DescribeTrails@alice",
        "Username,     mallory,                              StopLogging@mallory",
        "ResourceType, AWS::EC2::Subnet,                     RunInstances@alice",
        "ResourceName, i-0123456789abcdef0,                  RunInstances@alice",
        "EventSource,  ec2.amazonaws.com,                    RunInstances@alice",
        "AccessKeyId,  AKIAMALLORY,                          StopLogging@mallory",
    })
    void findsEventsByEachAttributeKey(String key, String value, String expected, CloudTrailClient cloudTrail) {
        assertThat(names(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute(key, value))).events()))
                .containsExactly(expected);
    }

    @Test
    void valuesMatchExactly(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("Username", "Alice"))).events()).isEmpty();
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "Stop"))).events()).isEmpty();
        assertThat(names(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("ReadOnly", "false"))).events()))
                .containsExactly("StopLogging@mallory", "RunInstances@alice");
    }

    @Test
    void answersWithEveryMemberOfAnEvent(CloudTrailClient cloudTrail) throws Exception {
        Event event = cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("Username", "mallory"))).events().get(0);

        assertThat(event.eventId()).isEqualTo("11111111-1111-1111-1111-111111111111");
        assertThat(event.eventName()).isEqualTo("StopLogging");
        assertThat(event.readOnly()).isEqualTo("false");
        assertThat(event.accessKeyId()).isEqualTo("AKIAMALLORY");
        assertThat(event.eventTime()).isEqualTo(NOON.minus(Duration.ofHours(1)));
        assertThat(event.eventSource()).isEqualTo("cloudtrail.amazonaws.com");
        assertThat(event.username()).isEqualTo("mallory");
        assertThat(event.resources()).containsExactly(Resource.builder().resourceType("AWS::CloudTrail::Trail")
                .resourceName("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit").build());
        JsonNode record = JSON.readTree(event.cloudTrailEvent());
        assertThat(record.path("eventID").asText()).isEqualTo(event.eventId());
        assertThat(record.path("eventTime").asText()).isEqualTo("2024-03-01T11:00:00Z");
        assertThat(record.path("userIdentity").path("userName").asText()).isEqualTo("mallory");
        assertThat(record.path("userIdentity").path("accessKeyId").asText()).isEqualTo("AKIAMALLORY");
        assertThat(record.path("recipientAccountId").asText()).isEqualTo("123456789012");
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.path("eventCategory").asText()).isEqualTo("Management");
        assertThat(record.path("resources").get(0).path("ARN").asText()).endsWith(":trail/audit");
    }

    @Test
    void eventsWithoutResourcesAnswerAnEmptyList(CloudTrailClient cloudTrail) {
        Event event = cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "DescribeTrails")))
                .events().get(0);

        assertThat(event.resources()).isEmpty();
        assertThat(event.readOnly()).isEqualTo("true");
    }

    @Test
    void insightsEventsComeOnlyWithTheInsightCategory(CloudTrailClient cloudTrail) throws Exception {
        List<Event> insights = cloudTrail.lookupEvents(r -> r.eventCategory(EventCategory.INSIGHT)).events();

        assertThat(names(insights)).containsExactly("StopLogging@null");
        JsonNode record = JSON.readTree(insights.get(0).cloudTrailEvent());
        assertThat(record.path("eventType").asText()).isEqualTo("AwsCloudTrailInsight");
        assertThat(record.path("eventCategory").asText()).isEqualTo("Insight");
        assertThat(record.path("insightDetails").path("eventName").asText()).isEqualTo("StopLogging");
        assertThat(cloudTrail.lookupEvents(r -> r.eventCategory(EventCategory.INSIGHT)
                .lookupAttributes(attribute("EventName", "StopLogging"))).events()).hasSize(1);
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "StopLogging"))).events())
                .extracting(Event::username).containsExactly("mallory");
    }

    @Test
    void looksBackNinetyDaysOnTheMocksClock(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.seedEvent(EventSeed.named("CreateTrail").username("old").time(NOON.minus(Duration.ofDays(90))).build());
        mock.seedEvent(EventSeed.named("CreateTrail").username("older").time(NOON.minus(Duration.ofDays(90))
                .minusSeconds(1)).build());

        assertThat(names(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "CreateTrail")))
                .events())).containsExactly("CreateTrail@old");

        mock.clock().advance(Duration.ofDays(1));
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "CreateTrail"))).events())
                .isEmpty();
        assertThat(cloudTrail.lookupEvents(r -> r.startTime(NOON.minus(Duration.ofDays(365)))
                .lookupAttributes(attribute("EventName", "CreateTrail"))).events()).isEmpty();
    }

    @Test
    void theLookupWindowIsSetThroughTheHandle(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.seedEvent(EventSeed.named("CreateTrail").time(Instant.parse("2017-06-01T00:00:00Z")).build());

        mock.setLookupWindow(Duration.ZERO);
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "CreateTrail"))).events())
                .hasSize(1);
        mock.setLookupWindow(Duration.ofDays(1));
        assertThat(names(cloudTrail.lookupEvents(r -> { }).events())).containsExactly("StopLogging@mallory",
                "DescribeTrails@alice", "RunInstances@alice");
    }

    @Test
    void eachTestStartsWithTheClassesWindowAndClock(CloudTrailMock mock) {
        assertThat(mock.clock().instant()).isEqualTo(NOON);
        assertThat(mock.clock().isFixed()).isTrue();
    }

    @Test
    void eventsBelongToTheirAccountAndRegion(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.seedEvent(EventSeed.named("CreateTrail").username("europe").region("eu-west-1").build());
        mock.seedEvent(EventSeed.named("CreateTrail").username("member").accountId("210987654321").build());

        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "CreateTrail"))).events())
                .isEmpty();
        try (CloudTrailClient europe = MockClients.in(mock, Region.EU_WEST_1);
                CloudTrailClient member = MockClients.as(mock, "210987654321")) {
            assertThat(names(europe.lookupEvents(r -> { }).events())).containsExactly("CreateTrail@europe");
            assertThat(names(member.lookupEvents(r -> { }).events())).containsExactly("CreateTrail@member");
        }
    }
}
