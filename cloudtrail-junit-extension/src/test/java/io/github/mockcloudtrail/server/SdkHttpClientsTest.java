package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * The whole trail lifecycle ({@link ClientLifecycle}) through each of the AWS SDK v2's HTTP clients, built by
 * hand as a user would build them: the sync client on Apache's HTTP client and on the JDK's URLConnection, and
 * the async client on Netty.
 */
class SdkHttpClientsTest {

    @ParameterizedTest
    @EnumSource(SdkHttpClients.class)
    void walksTheWholeLifecycle(SdkHttpClients httpClient) {
        try (CloudTrailServer server = CloudTrailServer.start(new CloudTrailEngine(EngineOptions.defaults()));
                CloudTrailClient client = httpClient.client(server.endpoint(), Region.US_EAST_1, "AKIAMOCKCLOUDTRAIL")) {
            ClientLifecycle.walk(client);
        }
    }
}
