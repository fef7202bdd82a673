package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.server.CloudTrailServer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * One running mock as a test class sees it: the server, its engine, and the client the extension
 * injects. It lives in the owning class's {@code ExtensionContext.Store} and closes with it; JUnit 5.10
 * closes {@code CloseableResource}s, later versions {@code AutoCloseable}s, and {@link #close()} is
 * safe to call twice.
 */
@SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes.
final class MockEndpoint implements CloudTrailMock, ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final CloudTrailServer server;
    private final MockSettings settings;
    private final AwsCredentialsProvider credentials;
    private final AtomicBoolean closed = new AtomicBoolean();
    private CloudTrailClient ownedClient;
    private CloudTrailClient injectedClient;

    private MockEndpoint(CloudTrailServer server, MockSettings settings) {
        this.server = server;
        this.settings = settings;
        this.credentials = SdkClients.credentialsFor(settings.accountId());
    }

    static MockEndpoint start(MockSettings settings) {
        return new MockEndpoint(CloudTrailServer.start(new CloudTrailEngine(settings.engineOptions())), settings);
    }

    CloudTrailEngine engine() {
        return server.engine();
    }

    /** The injected client, created on first use and closed with the endpoint. */
    synchronized CloudTrailClient client() {
        if (injectedClient == null) {
            ownedClient = clientBuilder().build();
            injectedClient = SdkClients.unclosable(ownedClient);
        }
        return injectedClient;
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public Region region() {
        return settings.region();
    }

    @Override
    public String accountId() {
        return settings.accountId();
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
        return credentials;
    }

    @Override
    public CloudTrailClientBuilder clientBuilder() {
        return SdkClients.builder(endpoint(), region(), credentials);
    }

    @Override
    public void seedTrail(TrailSeed seed) {
        try {
            engine().seedTrail(seed, region().id());
        } catch (CloudTrailApiException e) {
            throw new IllegalArgumentException("Cannot seed trail '" + seed.name() + "': " + e, e);
        }
    }

    @Override
    public void reset() {
        engine().reset();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            CloudTrailClient owned;
            synchronized (this) {
                owned = ownedClient;
            }
            try {
                if (owned != null) {
                    owned.close();
                }
            } finally {
                server.close();
            }
        }
    }

    @Override
    public String toString() {
        return "CloudTrailMock[" + endpoint() + ", " + region() + ", " + accountId() + "]";
    }
}
