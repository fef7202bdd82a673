package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.engine.EngineOptions;
import java.net.ConnectException;
import java.net.URI;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * SDK clients for endpoints the extension did not start (a standalone server, or an endpoint after
 * its class has finished), configured exactly like injected clients.
 */
public final class TestClients {
    private TestClients() {
    }

    /** A client acting as the default account in us-east-1; the caller closes it. */
    public static CloudTrailClient forEndpoint(URI endpoint) {
        return SdkClients.builder(endpoint, Region.US_EAST_1, SdkClients.credentialsFor(EngineOptions.DEFAULT_ACCOUNT_ID))
                .build();
    }

    /** Asserts that nothing listens at the endpoint any more: the SDK's connection is refused. */
    public static void assertRefusesConnections(URI endpoint) {
        try (CloudTrailClient client = forEndpoint(endpoint)) {
            SdkClientException refused = catchThrowableOfType(SdkClientException.class, () -> client.describeTrails());
            assertThat(refused).as("calling %s", endpoint).hasRootCauseInstanceOf(ConnectException.class);
        }
    }
}
