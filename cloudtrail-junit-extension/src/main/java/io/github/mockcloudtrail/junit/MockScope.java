package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.server.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * What a test class or a test method works with: an endpoint, the session its requests go to, the access
 * keys that lead there, and the clients and handles injected so far, one per type, Region and account.
 * It lives in that class's or method's {@code ExtensionContext.Store} and closes with it.
 *
 * <p>A test's scope has a session of its own, which runs (see {@code SessionRouter}) while the scope is
 * open. A class's scope acts on the class session, which follows the single running test below it: the
 * handle or client a test class got in its constructor or {@code @BeforeAll} reaches the running test's
 * state, as long as one test runs at a time.
 */
@SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes.
final class MockScope implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final MockEndpoint endpoint;
    private final Session session;
    private final boolean running;
    private final boolean ownsEndpoint;
    private final long journalMark;
    private final Map<String, String> keysByAccount = new ConcurrentHashMap<>();
    private final Map<Injectable, Object> injected = new ConcurrentHashMap<>();
    private final List<AutoCloseable> clients = new CopyOnWriteArrayList<>();
    private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();

    private MockScope(MockEndpoint endpoint, Session session, boolean running, boolean ownsEndpoint) {
        this.endpoint = endpoint;
        this.session = session;
        this.running = running;
        this.ownsEndpoint = ownsEndpoint;
        this.journalMark = session.journal().lastSequence();
        if (running) {
            endpoint.router().started(session);
        }
    }

    /** The scope of a test class acting on {@code session}, which it does not own. */
    static MockScope ofClass(MockEndpoint endpoint, Session session, boolean ownsEndpoint) {
        return new MockScope(endpoint, session, false, ownsEndpoint);
    }

    /** The scope of a test with a session of its own, running until the scope closes. */
    static MockScope ofTest(MockEndpoint endpoint, Session session, boolean ownsEndpoint) {
        return new MockScope(endpoint, session, true, ownsEndpoint);
    }

    MockEndpoint endpoint() {
        return endpoint;
    }

    Session session() {
        return session;
    }

    /** The sequence number of the journal's last call when the scope opened: later calls are this scope's. */
    long journalMark() {
        return journalMark;
    }

    /** The session requests of this scope go to right now. */
    Session target() {
        return running ? session : endpoint.router().target(session);
    }

    /** The access key that acts as {@code accountId} in this scope's session. */
    String accessKey(String accountId) {
        return keysByAccount.computeIfAbsent(accountId, account -> endpoint.router().bind(session, account));
    }

    CloudTrailMock handle(Region region, String accountId) {
        return (CloudTrailMock) injected.computeIfAbsent(new Injectable(CloudTrailMock.class, region, accountId),
                key -> new MockHandle(this, region, accountId));
    }

    /** A new builder; the caller owns what it builds. */
    CloudTrailClientBuilder clientBuilder(Region region, String accountId) {
        endpoint.requireOpen();
        CloudTrailClientBuilder builder = SdkClients.builder(endpoint.uri(), region,
                SdkClients.credentials(accessKey(accountId)));
        endpoint.settings().clientCustomizer().accept(builder);
        return builder;
    }

    /**
     * The injected client for the Region and account; the scope closes it, and a {@code close()} by code under test
     * does not break it. It runs on the endpoint's HTTP client, which the SDK does not own, so closing it releases
     * only what the SDK owns and the client goes on working ({@code ParameterInjectionTest} holds the SDK to that).
     * A customizer may hand the SDK resources of its own, which {@code close()} would release: such a client is
     * wrapped in a view that ignores {@code close()}. Only such a client, since making that view loads the model
     * classes of all of CloudTrail's operations, some 750 classes, while the first test class of a JVM waits.
     */
    CloudTrailClient client(Region region, String accountId) {
        return (CloudTrailClient) injected.computeIfAbsent(new Injectable(CloudTrailClient.class, region, accountId),
                key -> {
                    CloudTrailClientBuilder builder = configured(CloudTrailClient.builder(), region, accountId)
                            .httpClient(endpoint.httpClient());
                    Consumer<CloudTrailClientBuilder> customizer = endpoint.settings().clientCustomizer();
                    customizer.accept(builder);
                    CloudTrailClient client = owned(builder.build());
                    return customizer == SdkClients.NO_CUSTOMIZATION ? client
                            : SdkClients.unclosable(CloudTrailClient.class, client);
                });
    }

    /** Like {@link #client}, async; needs Netty's SDK HTTP client on the class path. */
    CloudTrailAsyncClient asyncClient(Region region, String accountId) {
        return (CloudTrailAsyncClient) injected.computeIfAbsent(
                new Injectable(CloudTrailAsyncClient.class, region, accountId), key -> {
                    var builder = configured(CloudTrailAsyncClient.builder(), region, accountId)
                            .httpClient(endpoint.asyncHttpClient());
                    endpoint.settings().asyncClientCustomizer().accept(builder);
                    return SdkClients.unclosable(CloudTrailAsyncClient.class, owned(builder.build()));
                });
    }

    private <B extends AwsClientBuilder<B, ?>> B configured(B builder, Region region, String accountId) {
        endpoint.requireOpen();
        return SdkClients.configured(builder, endpoint.uri(), region, SdkClients.credentials(accessKey(accountId)));
    }

    private <C extends AutoCloseable> C owned(C client) {
        clients.add(client);
        return client;
    }

    /** Runs when the scope closes, after its clients are closed. */
    void onClose(Runnable action) {
        closeActions.add(action);
    }

    /** Closes the injected clients, forgets the scope's keys, ends its test, and closes an endpoint it owns. */
    @Override
    public void close() {
        List<AutoCloseable> resources = new ArrayList<>(clients);
        clients.clear();
        resources.add(() -> keysByAccount.values().forEach(endpoint.router()::unbind));
        if (running) {
            resources.add(() -> endpoint.router().finished(session));
        }
        if (ownsEndpoint) {
            resources.add(endpoint);
        }
        closeActions.forEach(action -> resources.add(action::run));
        Closing.all(resources);
    }

    @Override
    public String toString() {
        return "MockScope[" + session + " on " + endpoint + "]";
    }

    private record Injectable(Class<?> type, Region region, String accountId) {
    }
}
