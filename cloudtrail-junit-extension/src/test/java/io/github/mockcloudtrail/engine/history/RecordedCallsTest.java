package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static io.github.mockcloudtrail.engine.history.LookupEventsRulesTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ApiName;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingResponse;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/** The mock records its own API calls as CloudTrail records calls to itself, failed ones included. */
@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
@SeedTrail(name = "audit", s3BucketName = "audit-logs", logging = true)
class RecordedCallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Event> named(CloudTrailClient cloudTrail, String eventName) {
        return cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("EventName", eventName))).events();
    }

    @Test
    void recordsASuccessfulWriteWithACompleteRecord(CloudTrailClient cloudTrail, CloudTrailMock mock) throws Exception {
        StopLoggingResponse response = cloudTrail.stopLogging(r -> r.name("audit"));

        List<Event> events = named(cloudTrail, "StopLogging");
        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertThat(event.eventSource()).isEqualTo("cloudtrail.amazonaws.com");
        assertThat(event.readOnly()).isEqualTo("false");
        assertThat(event.username()).isEqualTo("mock-user");
        // The injected client's own key, which leads to this test's state.
        assertThat(event.accessKeyId()).startsWith("ASIAMOCK")
                .isEqualTo(mock.credentialsProvider().resolveCredentials().accessKeyId());
        assertThat(event.eventTime()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
        assertThat(event.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.resourceType()).isEqualTo("AWS::CloudTrail::Trail");
            assertThat(resource.resourceName()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        });
        JsonNode record = JSON.readTree(event.cloudTrailEvent());
        assertThat(record.path("eventVersion").asText()).isEqualTo("1.09");
        assertThat(record.path("userIdentity").path("type").asText()).isEqualTo("IAMUser");
        assertThat(record.path("userIdentity").path("arn").asText()).isEqualTo("arn:aws:iam::123456789012:user/mock-user");
        assertThat(record.path("userIdentity").path("principalId").asText()).matches("AIDA[0-9A-F]{17}");
        assertThat(record.path("eventTime").asText()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(record.path("eventName").asText()).isEqualTo("StopLogging");
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.path("sourceIPAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(record.path("userAgent").asText()).contains("aws-sdk-java");
        assertThat(record.path("requestParameters").path("name").asText()).isEqualTo("audit");
        assertThat(record.path("responseElements").isNull()).isTrue();
        assertThat(record.path("requestID").asText()).isEqualTo(response.responseMetadata().requestId());
        assertThat(record.path("eventID").asText()).isEqualTo(event.eventId());
        assertThat(record.path("readOnly").asBoolean(true)).isFalse();
        assertThat(record.path("eventType").asText()).isEqualTo("AwsApiCall");
        assertThat(record.path("managementEvent").asBoolean()).isTrue();
        assertThat(record.path("recipientAccountId").asText()).isEqualTo("123456789012");
        assertThat(record.path("eventCategory").asText()).isEqualTo("Management");
        assertThat(record.has("errorCode")).isFalse();
    }

    @Test
    void recordsTheResponseOfAWriteAndTheParametersCloudTrailNamesInLowerCamelCase(CloudTrailClient cloudTrail)
            throws Exception {
        cloudTrail.createTrail(r -> r.name("second").s3BucketName("second-logs").isMultiRegionTrail(true));

        JsonNode record = JSON.readTree(named(cloudTrail, "CreateTrail").get(0).cloudTrailEvent());
        assertThat(record.path("requestParameters").toString())
                .isEqualTo("{\"name\":\"second\",\"s3BucketName\":\"second-logs\",\"isMultiRegionTrail\":true}");
        assertThat(record.path("responseElements").path("trailARN").asText())
                .isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/second");
        assertThat(record.path("responseElements").path("isMultiRegionTrail").asBoolean()).isTrue();
        assertThat(record.path("resources").get(0).path("ARN").asText()).endsWith(":trail/second");
    }

    /** Records are written when a lookup first returns them: they must still say what was true at the call. */
    @Test
    void writesARecordReadLaterWithTheTimeAndResponseOfTheCall(CloudTrailClient cloudTrail, CloudTrailMock mock)
            throws Exception {
        cloudTrail.createTrail(r -> r.name("later").s3BucketName("first-logs"));
        mock.clock().advance(Duration.ofHours(3));
        cloudTrail.updateTrail(r -> r.name("later").s3BucketName("second-logs"));

        JsonNode record = JSON.readTree(named(cloudTrail, "CreateTrail").get(0).cloudTrailEvent());
        assertThat(record.path("eventTime").asText()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(record.path("responseElements").path("s3BucketName").asText()).isEqualTo("first-logs");
        JsonNode update = JSON.readTree(named(cloudTrail, "UpdateTrail").get(0).cloudTrailEvent());
        assertThat(update.path("eventTime").asText()).isEqualTo("2024-03-01T15:00:00Z");
        assertThat(update.path("responseElements").path("s3BucketName").asText()).isEqualTo("second-logs");
    }

    @Test
    void recordsReadsAsReadOnlyWithoutResponseElements(CloudTrailClient cloudTrail) throws Exception {
        cloudTrail.getTrailStatus(r -> r.name("audit"));

        Event event = named(cloudTrail, "GetTrailStatus").get(0);
        assertThat(event.readOnly()).isEqualTo("true");
        JsonNode record = JSON.readTree(event.cloudTrailEvent());
        assertThat(record.path("responseElements").isNull()).isTrue();
        assertThat(record.path("readOnly").asBoolean()).isTrue();
        assertThat(cloudTrail.lookupEvents(r -> r.lookupAttributes(attribute("ReadOnly", "true"))).events())
                .extracting(Event::eventName).containsExactly("LookupEvents", "GetTrailStatus");
    }

    @Test
    void recordsAFailedCallWithItsErrorCodeAndMessage(CloudTrailClient cloudTrail) throws Exception {
        assertRejected(() -> cloudTrail.getTrail(r -> r.name("nope")), TrailNotFoundException.class,
                "TrailNotFoundException");

        Event event = named(cloudTrail, "GetTrail").get(0);
        JsonNode record = JSON.readTree(event.cloudTrailEvent());
        assertThat(record.path("errorCode").asText()).isEqualTo("TrailNotFoundException");
        assertThat(record.path("errorMessage").asText()).contains("nope");
        assertThat(record.path("requestParameters").path("name").asText()).isEqualTo("nope");
        assertThat(event.resources()).extracting(r -> r.resourceName())
                .containsExactly("arn:aws:cloudtrail:us-east-1:123456789012:trail/nope");
    }

    @Test
    void recordsACallInTheCallersAccountAndRegionAtTheMocksClock(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.clock().advance(Duration.ofMinutes(5));
        try (CloudTrailClient europe = MockClients.in(mock, Region.EU_WEST_1);
                CloudTrailClient member = MockClients.as(mock, "210987654321")) {
            europe.describeTrails();
            member.listTrails(r -> { });

            assertThat(named(europe, "DescribeTrails")).extracting(Event::eventTime)
                    .containsExactly(Instant.parse("2024-03-01T12:05:00Z"));
            assertThat(named(member, "ListTrails")).extracting(Event::accessKeyId).containsExactly("210987654321");
        }
        assertThat(named(cloudTrail, "DescribeTrails")).isEmpty();
        assertThat(named(cloudTrail, "ListTrails")).isEmpty();
    }

    /** Each call's trail is named in its own caller's account and Region, however the callers' calls interleave. */
    @Test
    void namesTheTrailOfEachCallInItsCallersAccountAndRegion(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        try (CloudTrailClient europe = MockClients.in(mock, Region.EU_WEST_1);
                CloudTrailClient member = MockClients.as(mock, "210987654321");
                CloudTrailClient memberInEurope = MockClients.as(mock, "210987654321", Region.EU_WEST_1)) {
            for (int round = 0; round < 2; round++) {
                for (CloudTrailClient client : List.of(cloudTrail, europe, member, memberInEurope)) {
                    assertRejected(() -> client.getTrailStatus(r -> r.name("nope")), TrailNotFoundException.class,
                            "TrailNotFoundException");
                }
            }
            assertThat(trailsNamedBy(cloudTrail)).containsOnly("arn:aws:cloudtrail:us-east-1:123456789012:trail/nope");
            assertThat(trailsNamedBy(europe)).containsOnly("arn:aws:cloudtrail:eu-west-1:123456789012:trail/nope");
            assertThat(trailsNamedBy(member)).containsOnly("arn:aws:cloudtrail:us-east-1:210987654321:trail/nope");
            assertThat(trailsNamedBy(memberInEurope))
                    .containsOnly("arn:aws:cloudtrail:eu-west-1:210987654321:trail/nope");
        }
    }

    /** Each event carries the User-Agent of its own call, however the clients' calls interleave. */
    @Test
    void recordsTheUserAgentOfEachCall(CloudTrailClient cloudTrail) throws Exception {
        for (int round = 0; round < 2; round++) {
            for (String tool : List.of("first-tool", "second-tool")) {
                cloudTrail.getTrailStatus(r -> r.name("audit").overrideConfiguration(o -> o.addApiName(
                        ApiName.builder().name(tool).version("1.0").build())));
            }
            cloudTrail.getTrailStatus(r -> r.name("audit"));
        }
        List<String> agents = new ArrayList<>();
        for (Event event : named(cloudTrail, "GetTrailStatus")) {
            agents.add(JSON.readTree(event.cloudTrailEvent()).path("userAgent").asText());
        }

        assertThat(agents).hasSize(6).filteredOn(agent -> agent.contains("first-tool/1.0")).hasSize(2);
        assertThat(agents).filteredOn(agent -> agent.contains("second-tool/1.0")).hasSize(2);
        assertThat(agents).filteredOn(agent -> !agent.contains("-tool/")).hasSize(2);
    }

    private static List<String> trailsNamedBy(CloudTrailClient client) {
        List<Event> events = named(client, "GetTrailStatus");
        assertThat(events).hasSize(2);
        return events.stream().flatMap(event -> event.resources().stream()).map(r -> r.resourceName()).toList();
    }

    @Test
    void recordingCanBeSwitchedOff(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.recordCalls(false);
        cloudTrail.stopLogging(r -> r.name("audit"));
        assertThat(named(cloudTrail, "StopLogging")).isEmpty();

        mock.recordCalls(true);
        cloudTrail.startLogging(r -> r.name("audit"));
        assertThat(named(cloudTrail, "StartLogging")).hasSize(1);
    }

    @Test
    void eachTestStartsWithoutTheCallsOfOthers(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).isEmpty();
    }
}
