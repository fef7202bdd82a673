package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.server.CloudTrailServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
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
    private final AtomicReference<String> runningTest = new AtomicReference<>();
    private boolean closed;
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

    /**
     * The injected client, created on first use and closed with the endpoint.
     *
     * @throws IllegalStateException once the endpoint is closed, so no client outlives it unclosed
     */
    synchronized CloudTrailClient client() {
        if (closed) {
            throw new IllegalStateException(this + " is closed: the test class that owned it has finished.");
        }
        if (injectedClient == null) {
            ownedClient = clientBuilder().build();
            injectedClient = SdkClients.unclosable(ownedClient);
        }
        return injectedClient;
    }

    /**
     * Marks this endpoint as serving one test until the returned claim is closed.
     *
     * <p>Every test method resets the shared state, so two methods running at once would see each
     * other's trails; this turns that into a clear failure instead of a flaky test.
     *
     * @throws ExtensionConfigurationException when another test still holds the endpoint
     */
    TestClaim claimFor(String testId) {
        String running = runningTest.compareAndExchange(null, testId);
        if (running != null) {
            throw new ExtensionConfigurationException(testId + " started while " + running + " is still running on"
                    + " the same mock CloudTrail endpoint. Test methods sharing one @MockCloudTrail endpoint must not"
                    + " run concurrently: run them in the same thread, or give the class its own @MockCloudTrail.");
        }
        return new TestClaim(testId);
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
            throw new SeedRejected(seed, e.errorCode().code() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reset() {
        engine().reset();
    }

    @Override
    public MockClock clock() {
        return (MockClock) engine().options().clock();
    }

    @Override
    public void seedEvent(EventSeed seed) {
        engine().history().seed(seed, region().id());
    }

    @Override
    public int seedEvents(Path fileOrFolder) {
        return engine().history().seed(fileOrFolder, region().id());
    }

    @Override
    public int seedEvents(String location) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return EventSeeding.load(engine().history(), location,
                loader != null ? loader : MockEndpoint.class.getClassLoader(), region().id());
    }

    @Override
    public void setLookupWindow(Duration window) {
        engine().history().setLookupWindow(window);
    }

    @Override
    public void recordCalls(boolean recordCalls) {
        engine().history().setRecording(recordCalls);
    }

    /** Closes the injected client, then the server; later calls do nothing. */
    @Override
    public void close() {
        CloudTrailClient owned;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
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

    @Override
    public String toString() {
        return "CloudTrailMock[" + endpoint() + ", " + region() + ", " + accountId() + "]";
    }

    /** Why a seed cannot be created: a CloudTrail error code and rule, or a bad account or Region. */
    static final class SeedRejected extends IllegalArgumentException {
        private final String reason;

        SeedRejected(TrailSeed seed, String reason) {
            this(seed, reason, null);
        }

        SeedRejected(TrailSeed seed, String reason, Throwable cause) {
            super("Trail '" + seed.name() + "' cannot be seeded: " + reason, cause);
            this.reason = reason;
        }

        /** The reason alone, without the trail's name. */
        String reason() {
            return reason;
        }
    }

    /** One test's hold on the endpoint; kept in the test method's Store, so JUnit releases it after the test. */
    final class TestClaim implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final String testId;

        private TestClaim(String testId) {
            this.testId = testId;
        }

        @Override
        public void close() {
            runningTest.compareAndSet(testId, null);
        }
    }
}
