package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.engine.SettableClock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

/** The AWS JSON 1.1 wire format of successful answers, checked on the raw bytes and through the SDK. */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs", multiRegion = true)
class WireProtocolTest {
    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private static List<String> memberNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void answersWithTheModelsExactMemberNamesAndNoAbsentMembers(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());

        HttpResponse<String> answer = http.call("CreateTrail", "{\"Name\":\"raw\",\"S3BucketName\":\"audit-logs\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = RawHttp.json(answer);
        assertThat(memberNames(body)).containsExactlyInAnyOrder("Name", "S3BucketName", "IncludeGlobalServiceEvents",
                "IsMultiRegionTrail", "TrailARN", "LogFileValidationEnabled", "IsOrganizationTrail");
        assertThat(body.get("TrailARN").textValue()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/raw");
        assertThat(body.get("IncludeGlobalServiceEvents").isBoolean()).isTrue();
        assertThat(answer.body()).doesNotContain("null");
    }

    @Test
    void describeTrailsUsesItsLowerCaseMemberNames(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());

        HttpResponse<String> answer = http.call("DescribeTrails",
                "{\"trailNameList\":[\"audit\"],\"includeShadowTrails\":false}");

        JsonNode body = RawHttp.json(answer);
        assertThat(memberNames(body)).containsExactly("trailList");
        JsonNode trail = body.get("trailList").get(0);
        assertThat(memberNames(trail)).containsExactlyInAnyOrder("Name", "S3BucketName", "IncludeGlobalServiceEvents",
                "IsMultiRegionTrail", "HomeRegion", "TrailARN", "LogFileValidationEnabled", "HasCustomEventSelectors",
                "HasInsightSelectors", "IsOrganizationTrail");
        assertThat(trail.get("HomeRegion").textValue()).isEqualTo("us-east-1");
    }

    @Test
    void listTrailsAnswersTrailsWithoutANextTokenOnTheLastPage(CloudTrailMock mock) {
        HttpResponse<String> answer = new RawHttp(mock.endpoint()).call("ListTrails", "{}");

        assertThat(answer.body()).isEqualTo("{\"Trails\":[{\"TrailARN\":\"arn:aws:cloudtrail:us-east-1:123456789012:"
                + "trail/audit\",\"Name\":\"audit\",\"HomeRegion\":\"us-east-1\"}]}");
    }

    @Test
    void answersAnEmptyObjectWhenTheResponseHasNoMembers(CloudTrailMock mock) {
        HttpResponse<String> answer = new RawHttp(mock.endpoint()).call("StartLogging", "{\"Name\":\"audit\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");
    }

    @Test
    void readsAnEmptyBodyAsAnEmptyObject(CloudTrailMock mock) {
        HttpResponse<String> answer = new RawHttp(mock.endpoint()).call("DescribeTrails", "");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(RawHttp.json(answer).get("trailList")).hasSize(1);
    }

    @Test
    void readsJsonNullAsAnAbsentMember(CloudTrailMock mock) {
        HttpResponse<String> answer = new RawHttp(mock.endpoint()).call("DescribeTrails",
                "{\"trailNameList\":null,\"includeShadowTrails\":null}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(RawHttp.json(answer).get("trailList")).hasSize(1);
    }

    @Test
    void everyAnswerHasTheJsonContentTypeAndItsOwnRequestId(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());

        HttpResponse<String> first = http.call("DescribeTrails", "{}");
        HttpResponse<String> second = http.call("GetTrail", "{\"Name\":\"unknown\"}");

        for (HttpResponse<String> answer : List.of(first, second)) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue(JSON_1_1);
            assertThat(answer.headers().firstValue("x-amzn-RequestId")).get().asString()
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(first.headers().firstValue("x-amzn-RequestId"))
                .isNotEqualTo(second.headers().firstValue("x-amzn-RequestId"));
    }

    @Test
    void theSdkReadsTheRequestIdAndContentType(CloudTrailClient client) {
        CreateTrailResponse created = client.createTrail(r -> r.name("via-sdk").s3BucketName("audit-logs"));

        assertThat(created.responseMetadata().requestId()).isNotBlank().isNotEqualTo("UNKNOWN");
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(created.sdkHttpResponse().firstMatchingHeader("Content-Type")).hasValue(JSON_1_1);
    }

    @Test
    void writesTimestampsAsEpochSecondsInJsonNumbers() {
        Instant noon = Instant.parse("2024-03-01T12:00:00Z");
        SettableClock clock = new SettableClock(noon.plusMillis(123));
        try (CloudTrailServer server = CloudTrailServer.start(
                new CloudTrailEngine(EngineOptions.builder().clock(clock).build()));
                CloudTrailClient client = MockClients.of(server.endpoint(), Region.US_EAST_1)) {
            RawHttp http = new RawHttp(server.endpoint());
            http.call("CreateTrail", "{\"Name\":\"audit\",\"S3BucketName\":\"audit-logs\"}");
            http.call("StartLogging", "{\"Name\":\"audit\"}");
            clock.advance(Duration.ofMillis(3_600_000 - 123));
            http.call("StopLogging", "{\"Name\":\"audit\"}");

            HttpResponse<String> answer = http.call("GetTrailStatus", "{\"Name\":\"audit\"}");

            assertThat(answer.body()).isEqualTo("{\"IsLogging\":false,\"StartLoggingTime\":1709294400.123,"
                    + "\"StopLoggingTime\":1709298000,\"TimeLoggingStarted\":\"2024-03-01T12:00:00Z\","
                    + "\"TimeLoggingStopped\":\"2024-03-01T13:00:00Z\"}");
            GetTrailStatusResponse status = client.getTrailStatus(r -> r.name("audit"));
            assertThat(status.startLoggingTime()).isEqualTo(noon.plusMillis(123));
            assertThat(status.stopLoggingTime()).isEqualTo(noon.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void acceptsTheContentTypeWithACharset(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());

        HttpResponse<String> answer = http.send(http.request("DescribeTrails", "{}")
                .setHeader("Content-Type", "application/x-amz-json-1.1; charset=UTF-8"));

        assertThat(answer.statusCode()).isEqualTo(200);
    }
}
