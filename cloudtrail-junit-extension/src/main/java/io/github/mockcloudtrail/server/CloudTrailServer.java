package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.Options;

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

    private final Undertow undertow;
    /** The connections to close on stopping, for a server on shared threads; null for one on threads of its own. */
    private final OpenConnections connections;
    private final RequestRouter router;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudTrailServer(Undertow undertow, OpenConnections connections, RequestRouter router, int port) {
        this.undertow = undertow;
        this.connections = connections;
        this.router = router;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
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
        QuietLogging.apply();
        HttpHandler handler = new CloudTrailHttpHandler(router, new AwsJsonCodec(), deadlines);
        OpenConnections connections = null;
        Undertow.Builder builder = Undertow.builder();
        if (threads == null) {
            builder.setIoThreads(ServerThreads.IO_THREADS)
                    .setWorkerThreads(ServerThreads.WORKER_THREADS)
                    .setWorkerOption(Options.THREAD_DAEMON, true);
        } else {
            connections = new OpenConnections(handler);
            handler = connections;
            builder.setWorker(threads.worker()).setByteBufferPool(threads.buffers());
        }
        Undertow undertow = builder
                .addHttpListener(port, LOOPBACK)
                // No size limit in Undertow, which would close the connection under a client still sending:
                // the handler keeps at most MAX_BODY_BYTES and reads the rest of a larger body to its end.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, Math.toIntExact(deadlines.headers().toMillis()))
                .setHandler(handler)
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        return new CloudTrailServer(undertow, connections, router, address.getPort());
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
            undertow.stop();
            if (connections != null) {
                connections.closeAll();
            }
        }
    }
}
