package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.server.CloudTrailServer;
import io.github.mockcloudtrail.server.Session;
import io.github.mockcloudtrail.server.SessionRouter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * One running mock server: the Undertow endpoint, the router that serves each test its own session, and
 * the HTTP clients that every injected SDK client of this endpoint shares (so a per-test client costs
 * almost nothing). It is owned by the scope that started it and closed with that scope's
 * {@code ExtensionContext.Store}; JUnit 5.10 closes {@code CloseableResource}s, later versions
 * {@code AutoCloseable}s, and {@link #close()} is safe to call twice.
 */
@SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes.
final class MockEndpoint implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final CloudTrailServer server;
    /** What the endpoint shares with the run's other endpoints, or null for one started outside a run. */
    private final SharedTransport transport;
    private final SessionRouter router;
    private final MockSettings settings;
    private final List<AutoCloseable> httpClients = new ArrayList<>();
    private boolean closed;
    private SdkHttpClient httpClient;
    private SdkAsyncHttpClient asyncHttpClient;

    private MockEndpoint(CloudTrailServer server, SharedTransport transport, SessionRouter router,
            MockSettings settings) {
        this.server = server;
        this.transport = transport;
        this.router = router;
        this.settings = settings;
    }

    /**
     * Starts an endpoint with an empty state, on the run's shared transport, or on threads and an HTTP client of
     * its own when {@code transport} is null (a mock started outside any JUnit run, which nothing would close a
     * shared transport for).
     */
    static MockEndpoint start(MockSettings settings, SharedTransport transport) {
        return start(settings, settings.newEngine(), transport);
    }

    /** Starts an endpoint whose state starts as the snapshot, on the run's shared transport. */
    static MockEndpoint start(MockSettings settings, CloudTrailEngine.Snapshot state, SharedTransport transport) {
        CloudTrailEngine engine = settings.newEngine();
        engine.restore(state);
        return start(settings, engine, transport);
    }

    private static MockEndpoint start(MockSettings settings, CloudTrailEngine engine, SharedTransport transport) {
        SessionRouter router = new SessionRouter(new Session("endpoint", engine, settings.sessionOptions()));
        CloudTrailServer server = transport == null ? CloudTrailServer.start(router, 0)
                : CloudTrailServer.start(router, transport.threads());
        return new MockEndpoint(server, transport, router, settings);
    }

    URI uri() {
        return server.endpoint();
    }

    MockSettings settings() {
        return settings;
    }

    SessionRouter router() {
        return router;
    }

    /** The session of the scope that started the endpoint. */
    Session root() {
        return router.root();
    }

    /**
     * A new session below {@code parent} whose state starts as the snapshot, with an engine and a clock of its
     * own: the snapshot's clock setting is copied, so the session moves its clock alone.
     */
    Session fork(String name, Session parent, CloudTrailEngine.Snapshot state) {
        CloudTrailEngine engine = settings.newEngine();
        engine.restore(state);
        return parent.child(name, engine);
    }

    /**
     * The sync HTTP client shared by the injected clients, created on first use: this endpoint's view of the
     * run's client, or a client of its own outside a run.
     */
    synchronized SdkHttpClient httpClient() {
        requireOpen();
        if (httpClient == null) {
            httpClient = transport == null ? ApacheHttpClient.builder().build()
                    : new EndpointHttpClient(transport.httpClient(), toString());
            httpClients.add(httpClient);
        }
        return httpClient;
    }

    /**
     * The async HTTP client shared by the injected async clients, created on first use.
     *
     * @throws org.junit.jupiter.api.extension.ParameterResolutionException if no async HTTP client is on the
     *     class path
     */
    synchronized SdkAsyncHttpClient asyncHttpClient() {
        requireOpen();
        if (asyncHttpClient == null) {
            asyncHttpClient = AsyncHttp.create();
            httpClients.add(asyncHttpClient);
        }
        return asyncHttpClient;
    }

    /** @throws IllegalStateException once the endpoint is closed, so no client outlives it unclosed */
    synchronized void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed: the test that owned it has finished.");
        }
    }

    /** Closes the shared HTTP clients, then the server; later calls do nothing. */
    @Override
    public void close() {
        List<AutoCloseable> clients;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            clients = List.copyOf(httpClients);
        }
        try {
            Closing.all(clients);
        } finally {
            server.close();
        }
    }

    @Override
    public String toString() {
        return "CloudTrailMock[" + uri() + ", " + settings.region() + ", " + settings.accountId() + "]";
    }
}
