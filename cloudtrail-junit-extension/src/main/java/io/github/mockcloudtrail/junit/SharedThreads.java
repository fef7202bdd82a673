package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.MockCloudTrailExtension.NAMESPACE;

import io.github.mockcloudtrail.server.ServerThreads;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server threads that every endpoint started in one JUnit run shares: kept in the root context's
 * {@code Store}, started by the first endpoint and stopped when the run ends, after every class has closed its
 * endpoint. Each class still gets a server, a port and a state of its own; only threads and buffers are shared.
 *
 * <pre>{@code
 * MockEndpoint endpoint = MockEndpoint.start(settings, SharedThreads.of(classContext));
 * }</pre>
 */
@SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes.
final class SharedThreads implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final ServerThreads threads = ServerThreads.start();

    private SharedThreads() {
    }

    /** The run's shared threads, started on first use. */
    static ServerThreads of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedThreads.class, key -> new SharedThreads(), SharedThreads.class).threads;
    }

    @Override
    public void close() {
        threads.close();
    }
}
