package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.MockCloudTrailExtension.NAMESPACE;

import io.github.mockcloudtrail.server.ServerThreads;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * What every endpoint started in one JUnit run shares: the server threads, and the Apache HTTP client under the
 * injected clients. Kept in the root context's {@code Store}, started by the first endpoint and closed when the
 * run ends, after every class has closed its endpoint. Each class still gets a server, a port, a state and
 * clients of its own; a class spares starting threads and building an HTTP client (its connection manager and
 * TLS setup).
 *
 * <pre>{@code
 * MockEndpoint endpoint = MockEndpoint.start(settings, SharedTransport.of(classContext));
 * }</pre>
 */
@SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes.
final class SharedTransport implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** Enough connections for classes and tests running side by side; an idle connection to a stopped
     * endpoint is closed when the pool needs its place. */
    private static final int MAX_CONNECTIONS = 200;

    private final ServerThreads threads;
    private final CompletableFuture<SdkHttpClient> httpClient = new CompletableFuture<>();

    /**
     * Starts the threads, and meanwhile builds the HTTP client and preloads the SDK client's classes on threads of
     * their own: the first test class of a JVM waits for the first server, its engine and the clients, and building
     * a client is mostly loading classes, which the other core can do while this one starts the server.
     */
    private SharedTransport() {
        ClassPreloading.start();
        Thread builder = new Thread(() -> {
            try {
                httpClient.complete(ApacheHttpClient.builder().maxConnections(MAX_CONNECTIONS).build());
            } catch (RuntimeException | Error e) {
                httpClient.completeExceptionally(e);
            }
        }, "mock-cloudtrail-http-client");
        builder.setDaemon(true);
        builder.start();
        try {
            threads = ServerThreads.start();
        } catch (RuntimeException | Error e) {
            closeHttpClient();
            throw e;
        }
    }

    /** The run's shared transport, started on first use. */
    static SharedTransport of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedTransport.class, key -> new SharedTransport(), SharedTransport.class);
    }

    ServerThreads threads() {
        return threads;
    }

    /** The shared HTTP client, once built. */
    SdkHttpClient httpClient() {
        try {
            return httpClient.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void close() {
        Closing.all(List.<AutoCloseable>of(this::closeHttpClient, threads));
    }

    /** Closes the client once it is built (at once if it is); one that could not be built needs no closing. */
    private void closeHttpClient() {
        httpClient.thenAccept(SdkHttpClient::close);
    }
}
