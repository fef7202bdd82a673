package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * The {@link CloudTrailMock} handle, and the configuration of the injected client. The test class path
 * holds three SDK HTTP clients (Apache, URLConnection, Netty), so the injected client only works
 * because it names its HTTP client explicitly.
 */
@MockCloudTrail
class CloudTrailMockHandleTest {

    @Test
    void theEndpointIsTheLoopbackAddressAndTheBoundPort(CloudTrailMock mock) {
        assertThat(mock.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(mock.endpoint().getPort()).isPositive();
    }

    @Test
    void defaultsToUsEast1AndTheDefaultAccount(CloudTrailMock mock) {
        assertThat(mock.region()).isEqualTo(Region.US_EAST_1);
        assertThat(mock.accountId()).isEqualTo("123456789012");
    }

    @Test
    void theCredentialsAreStaticAndActAsTheAccountWithoutBeingTwelveDigits(CloudTrailMock mock) {
        AwsCredentials credentials = mock.credentialsProvider().resolveCredentials();

        assertThat(credentials.accessKeyId()).matches("ASIAMOCK[0-9A-F]{12}");
        assertThat(credentials.secretAccessKey()).isNotEmpty();
        assertThat(mock.credentialsProvider().resolveCredentials()).isEqualTo(credentials);
        try (CloudTrailClient client = mock.clientBuilder().credentialsProvider(mock.credentialsProvider()).build()) {
            assertThat(client.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN())
                    .isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        }
    }

    @Test
    void theInjectedClientTalksToTheEndpointWithoutRetries(CloudTrailClient client, CloudTrailMock mock) {
        var configuration = client.serviceClientConfiguration();

        assertThat(configuration.endpointOverride()).contains(mock.endpoint());
        assertThat(configuration.region()).isEqualTo(mock.region());
        assertThat(configuration.overrideConfiguration().retryStrategy())
                .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(1));
    }

    @Test
    void theClientBuilderBuildsAClientOnTheSameState(CloudTrailMock mock, CloudTrailClient injected) {
        try (CloudTrailClient own = mock.clientBuilder().build()) {
            own.createTrail(r -> r.name("from-built-client").s3BucketName("audit-logs"));
        }

        assertThat(trailNames(injected)).containsExactly("from-built-client");
    }

    @Test
    void seedTrailCreatesATrailAsCreateTrailAndStartLoggingWould(CloudTrailMock mock, CloudTrailClient client) {
        mock.seedTrail(TrailSeed.named("org-audit").s3BucketName("audit-logs").s3KeyPrefix("org")
                .multiRegion(true).logFileValidation(true).logging(true).tag("owner", "security").build());

        Trail trail = client.getTrail(r -> r.name("org-audit")).trail();
        assertThat(trail.trailARN()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");
        assertThat(trail.s3BucketName()).isEqualTo("audit-logs");
        assertThat(trail.s3KeyPrefix()).isEqualTo("org");
        assertThat(trail.isMultiRegionTrail()).isTrue();
        assertThat(trail.logFileValidationEnabled()).isTrue();
        assertThat(client.getTrailStatus(r -> r.name("org-audit")).isLogging()).isTrue();
    }

    @Test
    void seedTrailRejectsAnInvalidSeedNamingTheRule(CloudTrailMock mock, CloudTrailClient client) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mock.seedTrail(TrailSeed.named("bad name").build()))
                .withMessageStartingWith("Trail 'bad name' cannot be seeded: InvalidTrailNameException: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mock.seedTrail(TrailSeed.named("audit").s3BucketName("Bad_Bucket").build()))
                .withMessageStartingWith("Trail 'audit' cannot be seeded: InvalidS3BucketNameException: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mock.seedTrail(TrailSeed.named("audit").accountId("42").build()))
                .withMessage("Trail 'audit' cannot be seeded: ValidationException: accountId '42' is not an account ID: it must be 12 digits.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mock.seedTrail(TrailSeed.named("audit").region("Frankfurt").build()))
                .withMessage("Trail 'audit' cannot be seeded: ValidationException: region 'Frankfurt' is not a Region name such as us-east-1.");
        assertThat(trailNames(client)).isEmpty();
    }

    @Test
    void seedTrailCanPlaceATrailInAnotherAccountAndRegion(CloudTrailMock mock) {
        mock.seedTrail(TrailSeed.named("elsewhere").accountId("210987654321").region("ap-southeast-2").build());

        try (CloudTrailClient other = mock.clientBuilder().region(Region.AP_SOUTHEAST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("210987654321", "any")))
                .build()) {
            assertThat(other.getTrail(r -> r.name("elsewhere")).trail().trailARN())
                    .isEqualTo("arn:aws:cloudtrail:ap-southeast-2:210987654321:trail/elsewhere");
        }
    }

    @Test
    @SeedTrail(name = "seeded-by-annotation", logging = true)
    void resetDeletesEveryTrail(CloudTrailMock mock, CloudTrailClient client) {
        mock.seedTrail(TrailSeed.named("seeded-by-handle").region("eu-west-1").build());

        mock.reset();

        assertThat(trailNames(client)).isEmpty();
        try (CloudTrailClient europe = mock.clientBuilder().region(Region.EU_WEST_1).build()) {
            assertThat(trailNames(europe)).isEmpty();
        }
    }

    @Nested
    @MockCloudTrail(region = "eu-central-1", accountId = "210987654321")
    class ConfiguredRegionAndAccount {
        @Test
        void theHandleAndTheClientsUseThem(CloudTrailMock mock, CloudTrailClient client) {
            assertThat(mock.region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(mock.accountId()).isEqualTo("210987654321");

            client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

            assertThat(client.getTrail(r -> r.name("audit")).trail().trailARN())
                    .isEqualTo("arn:aws:cloudtrail:eu-central-1:210987654321:trail/audit");
        }
    }
}
