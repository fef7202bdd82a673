package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.Options;

/**
 * The mock CloudTrail endpoint: an Undertow server on the loopback interface in front of an engine.
 *
 * <p>It binds {@code 127.0.0.1} only, on an ephemeral port unless told otherwise, and reads the port
 * back after binding, so it never races another process for a port. Its threads are few and daemon
 * threads, so a forgotten server never keeps a JVM alive.
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
    private final RequestRouter router;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudTrailServer(Undertow undertow, RequestRouter router, int port) {
        this.undertow = undertow;
        this.router = router;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
    }

    /** Starts a server on an ephemeral port. */
    public static CloudTrailServer start(CloudTrailEngine engine) {
        return start(engine, 0);
    }

    /**
     * Starts a server on the given port, or on an ephemeral one when {@code port} is 0. It keeps no call
     * journal: nothing could read it, and a long-running server must not grow.
     */
    public static CloudTrailServer start(CloudTrailEngine engine, int port) {
        return start(new SingleSessionRouter(new Session("server", engine, new SessionOptions(0, false))), port);
    }

    /**
     * Starts a server whose requests go to the sessions the router picks, on the given port or on an
     * ephemeral one when {@code port} is 0.
     */
    public static CloudTrailServer start(RequestRouter router, int port) {
        return start(router, port, RequestDeadlines.DEFAULTS);
    }

    /** Starts a server that drops or answers requests stalled past the given deadlines. */
    static CloudTrailServer start(RequestRouter router, int port, RequestDeadlines deadlines) {
        QuietLogging.apply();
        Undertow undertow = Undertow.builder()
                .addHttpListener(port, LOOPBACK)
                .setIoThreads(Math.min(2, Runtime.getRuntime().availableProcessors()))
                .setWorkerThreads(2)
                .setWorkerOption(Options.THREAD_DAEMON, true)
                // No size limit in Undertow, which would close the connection under a client still sending:
                // the handler keeps at most MAX_BODY_BYTES and reads the rest of a larger body to its end.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, Math.toIntExact(deadlines.headers().toMillis()))
                .setHandler(new CloudTrailHttpHandler(router, new AwsJsonCodec(), deadlines))
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        return new CloudTrailServer(undertow, router, address.getPort());
    }

    /** The base URI, such as {@code http://127.0.0.1:49152}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    /** The engine of the session unsigned requests act on; the only engine of a single-session server. */
    public CloudTrailEngine engine() {
        return router.unsignedSession().engine();
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            undertow.stop();
        }
    }
}
