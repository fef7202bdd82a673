package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Extra SDK clients for a mock: signed for another Region, or with a 12-digit access key that makes the
 * mock act as that account. The caller closes them.
 *
 * <pre>{@code
 * try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
 *     euWest.describeTrails();
 * }
 * }</pre>
 */
public final class MockClients {
    private MockClients() {
    }

    public static CloudTrailClient in(CloudTrailMock mock, Region region) {
        return mock.clientBuilder().region(region).build();
    }

    public static CloudTrailClient as(CloudTrailMock mock, String accountId) {
        return as(mock, accountId, mock.region());
    }

    public static CloudTrailClient as(CloudTrailMock mock, String accountId, Region region) {
        return mock.clientBuilder().region(region).credentialsProvider(credentialsOf(accountId)).build();
    }

    /** A client for an endpoint started by hand, acting as the default account. */
    public static CloudTrailClient of(URI endpoint, Region region) {
        return CloudTrailClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentialsOf(EngineOptions.DEFAULT_ACCOUNT_ID))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static StaticCredentialsProvider credentialsOf(String accountId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "any-secret"));
    }
}
