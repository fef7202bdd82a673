package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.EventCategory;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventCategoryException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidLookupAttributesException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidMaxResultsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidNextTokenException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

/** Every rule and error code of {@code LookupEvents}, through the SDK. */
@MockCloudTrail(clock = "2024-03-01T12:00:00Z", recordCalls = false)
@SeedEvent(eventName = "StopLogging", username = "alice", ago = "PT1H")
@SeedEvent(eventName = "StartLogging", username = "alice", ago = "PT2H")
class LookupEventsRulesTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");

    static LookupAttribute attribute(String key, String value) {
        return LookupAttribute.builder().attributeKey(key).attributeValue(value).build();
    }

    @Test
    void allowsOnlyOneLookupAttribute(CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "StopLogging"),
                attribute("Username", "alice"))), InvalidLookupAttributesException.class,
                "InvalidLookupAttributesException").contains("only one attribute, but has 2");
    }

    @Test
    void rejectsAnUnknownAttributeKey(CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("AwsRegion", "us-east-1"))),
                InvalidLookupAttributesException.class, "InvalidLookupAttributesException")
                .contains("'AwsRegion'").contains("EventId, EventName, ReadOnly, Username, ResourceType, ResourceName,"
                        + " EventSource, AccessKeyId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"True", "yes", "1"})
    void readOnlyIsTrueOrFalse(String value, CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("ReadOnly", value))),
                InvalidLookupAttributesException.class, "InvalidLookupAttributesException").contains("'true' or 'false'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReadOnly", "Username", "ResourceType", "ResourceName", "AccessKeyId"})
    void insightsEventsAreLookedUpOnlyByIdNameOrSource(String key, CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.eventCategory(EventCategory.INSIGHT)
                .lookupAttributes(attribute(key, "true"))), InvalidLookupAttributesException.class,
                "InvalidLookupAttributesException").contains("Insights events cannot be looked up by " + key);
    }

    @Test
    void insightsEventsAreLookedUpByIdNameAndSource(CloudTrailClient cloudTrail) {
        for (String key : new String[] {"EventId", "EventName", "EventSource"}) {
            assertThat(cloudTrail.lookupEvents(r -> r.eventCategory(EventCategory.INSIGHT)
                    .lookupAttributes(attribute(key, "x"))).events()).isEmpty();
        }
    }

    @Test
    void anAttributeNeedsAKeyAndAValue(CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                .attributeKey(LookupAttributeKey.EVENT_NAME).build())), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'lookupAttributes.1.member.attributeValue'");
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                .attributeValue("StopLogging").build())), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'lookupAttributes.1.member.attributeKey'");
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", ""))),
                CloudTrailException.class, "ValidationException").contains("length between 1 and 2000");
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", "x".repeat(2001)))),
                CloudTrailException.class, "ValidationException").contains("length between 1 and 2000");
    }

    @Test
    void rejectsAStartAfterTheEnd(CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.startTime(NOON).endTime(NOON.minusSeconds(1))),
                InvalidTimeRangeException.class, "InvalidTimeRangeException")
                .contains("StartTime 2024-03-01T12:00:00Z is after EndTime 2024-03-01T11:59:59Z");
    }

    @Test
    void theTimeRangeIsInclusiveAtBothEnds(CloudTrailClient cloudTrail) {
        Instant stop = NOON.minusSeconds(3600);
        assertThat(cloudTrail.lookupEvents(r -> r.startTime(stop).endTime(stop)).events())
                .extracting(e -> e.eventName()).containsExactly("StopLogging");
        assertThat(cloudTrail.lookupEvents(r -> r.startTime(stop.minusSeconds(3600)).endTime(stop)).events())
                .extracting(e -> e.eventName()).containsExactly("StopLogging", "StartLogging");
        assertThat(cloudTrail.lookupEvents(r -> r.startTime(stop.plusSeconds(1))).events()).isEmpty();
        assertThat(cloudTrail.lookupEvents(r -> r.endTime(stop.minusSeconds(3601))).events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 1000})
    void maxResultsIsFromOneToFifty(int maxResults, CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.maxResults(maxResults)), InvalidMaxResultsException.class,
                "InvalidMaxResultsException").contains("MaxResults " + maxResults + " is not valid");
    }

    @Test
    void acceptsOneAndFiftyResults(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.lookupEvents(r -> r.maxResults(1)).events()).hasSize(1);
        assertThat(cloudTrail.lookupEvents(r -> r.maxResults(50)).events()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Insight", "management", "data", ""})
    void theOnlyEventCategoryIsInsight(String category, CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.eventCategory(category)),
                InvalidEventCategoryException.class, "InvalidEventCategoryException")
                .contains("EventCategory '" + category + "' is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "bGUxfGFiY3wxfDJ8M3w0", "%%%", "bGUxfHg"})
    void rejectsTokensItDidNotIssue(String token, CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.nextToken(token)), InvalidNextTokenException.class,
                "InvalidNextTokenException").contains("NextToken");
    }

    @Test
    void aTokenIsBoundToTheParametersItWasIssuedFor(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        String token = cloudTrail.lookupEvents(r -> r.maxResults(1).lookupAttributes(attribute("Username", "alice")))
                .nextToken();
        assertThat(token).isNotNull();

        assertRejected(() -> cloudTrail.lookupEvents(r -> r.nextToken(token).maxResults(1)),
                InvalidNextTokenException.class, "InvalidNextTokenException").contains("issued for other parameters");
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.nextToken(token)
                .lookupAttributes(attribute("Username", "bob"))), InvalidNextTokenException.class,
                "InvalidNextTokenException");
        assertRejected(() -> cloudTrail.lookupEvents(r -> r.nextToken(token).startTime(NOON.minusSeconds(86400))
                .lookupAttributes(attribute("Username", "alice"))), InvalidNextTokenException.class,
                "InvalidNextTokenException");
        try (CloudTrailClient otherRegion = MockClients.in(mock, Region.EU_WEST_1);
                CloudTrailClient otherAccount = MockClients.as(mock, "210987654321")) {
            assertRejected(() -> otherRegion.lookupEvents(r -> r.nextToken(token)
                    .lookupAttributes(attribute("Username", "alice"))), InvalidNextTokenException.class,
                    "InvalidNextTokenException");
            assertRejected(() -> otherAccount.lookupEvents(r -> r.nextToken(token)
                    .lookupAttributes(attribute("Username", "alice"))), InvalidNextTokenException.class,
                    "InvalidNextTokenException");
        }
        assertThat(cloudTrail.lookupEvents(r -> r.nextToken(token).maxResults(5)
                .lookupAttributes(attribute("Username", "alice"))).events())
                .extracting(e -> e.eventName()).containsExactly("StartLogging");
    }
}
