package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.undertow.UndertowOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.StreamConnection;
import org.xnio.channels.AcceptingChannel;

/**
 * The mock CloudTrail endpoint: an Undertow server on the loopback interface in front of an engine.
 *
 * <p>It binds {@code 127.0.0.1} only, on an ephemeral port unless told otherwise, and reads the port
 * back after binding, so it never races another process for a port. Its threads are few and daemon
 * threads, so a forgotten server never keeps a JVM alive; servers started in one JVM one after another can share
 * them ({@link ServerThreads}).
 *
 * <pre>{@code
 * try (CloudTrailServer server = CloudTrailServer.start(new CloudTrailEngine(EngineOptions.defaults()))) {
 *     CloudTrailClient client = CloudTrailClient.builder().endpointOverride(server.endpoint())...build();
 * }
 * }</pre>
 */
public final class CloudTrailServer implements AutoCloseable {
    /** The interface the server binds; it is never reachable from other machines. */
    public static final String LOOPBACK = "127.0.0.1";

    private final AcceptingChannel<StreamConnection> listener;
    /** The connections, closed when the server stops; see {@link OpenConnections}. */
    private final OpenConnections connections;
    /** The server's own threads, stopped with it; null for a server on shared threads. */
    private final ServerThreads ownThreads;
    private final RequestRouter router;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudTrailServer(AcceptingChannel<StreamConnection> listener, OpenConnections connections,
            ServerThreads ownThreads, RequestRouter router) {
        this.listener = listener;
        this.connections = connections;
        this.ownThreads = ownThreads;
        this.router = router;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + listener.getLocalAddress(InetSocketAddress.class)
                .getPort());
    }

    /**
     * Starts a server on an ephemeral port.
     *
     * @param engine the engine that answers requests
     * @return the running server
     */
    public static CloudTrailServer start(CloudTrailEngine engine) {
        return start(engine, 0);
    }

    /**
     * Starts a server on the given port, or on an ephemeral one when {@code port} is 0. It keeps no call
     * journal: nothing could read it, and a long-running server must not grow.
     *
     * @param engine the engine that answers requests
     * @param port the port, or 0 for an ephemeral one
     * @return the running server
     */
    public static CloudTrailServer start(CloudTrailEngine engine, int port) {
        return start(new SingleSessionRouter(new Session("server", engine, new SessionOptions(0, false))), port);
    }

    /**
     * Starts a server whose requests go to the sessions the router picks, on the given port or on an
     * ephemeral one when {@code port} is 0.
     *
     * @param router picks the session of each request
     * @param port the port, or 0 for an ephemeral one
     * @return the running server
     */
    public static CloudTrailServer start(RequestRouter router, int port) {
        return start(router, port, RequestDeadlines.DEFAULTS);
    }

    /**
     * Starts a server on an ephemeral port that runs on threads it shares with other servers, rather than on
     * threads of its own; stopping it leaves the threads running.
     *
     * @param router picks the session of each request
     * @param threads the shared threads
     * @return the running server
     */
    public static CloudTrailServer start(RequestRouter router, ServerThreads threads) {
        return start(router, 0, RequestDeadlines.DEFAULTS, threads);
    }

    /** Starts a server that drops or answers requests stalled past the given deadlines. */
    static CloudTrailServer start(RequestRouter router, int port, RequestDeadlines deadlines) {
        return start(router, port, deadlines, null);
    }

    /** Like {@link #start(RequestRouter, int, RequestDeadlines)}, on shared threads unless {@code threads} is null. */
    static CloudTrailServer start(RequestRouter router, int port, RequestDeadlines deadlines, ServerThreads threads) {
        ServerThreads ownThreads = threads == null ? ServerThreads.start() : null;
        OpenConnections connections = new OpenConnections(new CloudTrailHttpHandler(router, new AwsJsonCodec(),
                deadlines));
        OptionMap options = OptionMap.builder()
                // No size limit in Undertow, which would close the connection under a client still sending:
                // the handler keeps at most MAX_BODY_BYTES and reads the rest of a larger body to its end.
                .set(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, Math.toIntExact(deadlines.headers().toMillis()))
                .getMap();
        try {
            AcceptingChannel<StreamConnection> listener = (threads == null ? ownThreads : threads)
                    .listen(LOOPBACK, port, connections, options);
            return new CloudTrailServer(listener, connections, ownThreads, router);
        } catch (IOException e) {
            IoUtils.safeClose(ownThreads);
            throw new UncheckedIOException("Cannot listen on " + LOOPBACK + ":" + port, e);
        }
    }

    /** {@return the base URI, such as {@code http://127.0.0.1:49152}} */
    public URI endpoint() {
        return endpoint;
    }

    /** {@return the port the server listens on} */
    public int port() {
        return endpoint.getPort();
    }

    /** {@return the engine of the session unsigned requests act on; the only engine of a single-session server} */
    public CloudTrailEngine engine() {
        return router.unsignedSession().engine();
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            IoUtils.safeClose(listener);
            connections.closeAll();
            if (ownThreads != null) {
                ownThreads.close();
            }
        }
    }
}
