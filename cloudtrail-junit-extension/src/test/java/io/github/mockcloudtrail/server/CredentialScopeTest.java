package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The Region and account of a request come from its SigV4 credential scope: the Region it was signed for,
 * and the access key, which selects the account when it is 12 digits and the default account otherwise.
 */
@MockCloudTrail
class CredentialScopeTest {
    private static final String OTHER_ACCOUNT = "210987654321";

    @Test
    void aTwelveDigitAccessKeySelectsThatAccount(CloudTrailMock mock) {
        try (CloudTrailClient other = MockClients.as(mock, OTHER_ACCOUNT)) {
            String arn = other.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN();

            assertThat(arn).isEqualTo("arn:aws:cloudtrail:us-east-1:210987654321:trail/audit");
        }
    }

    @Test
    void anyOtherAccessKeyActsAsTheDefaultAccount(CloudTrailMock mock) {
        StaticCredentialsProvider iamStyleKey =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret"));
        try (CloudTrailClient client = mock.clientBuilder().credentialsProvider(iamStyleKey).build()) {
            String arn = client.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN();

            assertThat(arn).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        }
    }

    @Test
    void theDefaultAccountIsConfigurable() {
        EngineOptions options = EngineOptions.builder().defaultAccountId("555555555555").build();
        try (CloudTrailServer server = CloudTrailServer.start(new CloudTrailEngine(options))) {
            RawHttp http = new RawHttp(server.endpoint());

            HttpResponse<String> created = http.send(http.request("CreateTrail",
                    "{\"Name\":\"audit\",\"S3BucketName\":\"audit-logs\"}")
                    .setHeader("Authorization", RawHttp.authorization("AKIAIOSFODNN7EXAMPLE", "us-east-1")));

            assertThat(RawHttp.json(created).get("TrailARN").textValue())
                    .isEqualTo("arn:aws:cloudtrail:us-east-1:555555555555:trail/audit");
        }
    }

    @Test
    void theSigningRegionIsTheTrailsHomeRegion(CloudTrailMock mock) {
        try (CloudTrailClient apSouth = MockClients.in(mock, Region.AP_SOUTH_1)) {
            apSouth.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

            Trail trail = apSouth.getTrail(r -> r.name("audit")).trail();
            assertThat(trail.homeRegion()).isEqualTo("ap-south-1");
            assertThat(trail.trailARN()).isEqualTo("arn:aws:cloudtrail:ap-south-1:123456789012:trail/audit");
        }
    }

    @Test
    void readsAccountAndRegionFromAHandSignedScope(CloudTrailMock mock) {
        RawHttp http = new RawHttp(mock.endpoint());

        HttpResponse<String> created = http.send(http.request("CreateTrail",
                "{\"Name\":\"audit\",\"S3BucketName\":\"audit-logs\"}")
                .setHeader("Authorization", RawHttp.authorization(OTHER_ACCOUNT, "eu-central-1")));

        JsonNode body = RawHttp.json(created);
        assertThat(body.get("TrailARN").textValue()).isEqualTo("arn:aws:cloudtrail:eu-central-1:210987654321:trail/audit");
    }

    @Test
    void accountsDoNotSeeEachOthersTrails(CloudTrailClient client, CloudTrailMock mock) {
        String mine = client.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN();

        try (CloudTrailClient other = MockClients.as(mock, OTHER_ACCOUNT)) {
            assertThat(other.describeTrails().trailList()).isEmpty();
            assertThat(other.listTrails(r -> { }).trails()).isEmpty();
            assertRejected(() -> other.getTrail(r -> r.name(mine)), TrailNotFoundException.class,
                    "TrailNotFoundException")
                    .contains("for the user: 210987654321");
            assertRejected(() -> other.deleteTrail(r -> r.name("audit")), TrailNotFoundException.class,
                    "TrailNotFoundException")
                    .contains("Unknown trail: audit");

            other.createTrail(r -> r.name("audit").s3BucketName("other-logs"));
            assertThat(other.getTrail(r -> r.name("audit")).trail().s3BucketName()).isEqualTo("other-logs");
        }
        assertThat(client.getTrail(r -> r.name("audit")).trail().s3BucketName()).isEqualTo("audit-logs");
    }
}
