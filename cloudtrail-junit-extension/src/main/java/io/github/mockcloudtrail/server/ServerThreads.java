package io.github.mockcloudtrail.server;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.xnio.ChannelListeners;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The threads and buffers of servers that run one after another (or side by side) in one JVM: two I/O threads,
 * two worker threads and a buffer pool, started once and lent to every server started with them. A test suite
 * of many classes starts a server per class; starting its threads once saves each class a few milliseconds. A
 * server started without them starts threads of its own the same way and stops them when it stops. The threads
 * are daemon threads; {@link #close()} stops them once every server using them has stopped.
 *
 * <pre>{@code
 * try (ServerThreads threads = ServerThreads.start()) {
 *     CloudTrailServer first = CloudTrailServer.start(router, threads);
 *     CloudTrailServer second = CloudTrailServer.start(otherRouter, threads);
 * }
 * }</pre>
 */
public final class ServerThreads implements AutoCloseable {
    /** Two I/O threads, or one on a machine of one core. */
    static final int IO_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    static final int WORKER_THREADS = 2;
    /** The listening socket's options, those Undertow gives a listener of its own. */
    private static final OptionMap SOCKET_OPTIONS = OptionMap.builder()
            .set(Options.WORKER_IO_THREADS, IO_THREADS)
            .set(Options.TCP_NODELAY, true)
            .set(Options.REUSE_ADDRESSES, true)
            .set(Options.BALANCING_TOKENS, 1)
            .set(Options.BALANCING_CONNECTIONS, 2)
            .set(Options.BACKLOG, 1000)
            .getMap();

    private final XnioWorker worker;
    private final ByteBufferPool buffers;

    private ServerThreads(XnioWorker worker, ByteBufferPool buffers) {
        this.worker = worker;
        this.buffers = buffers;
    }

    /**
     * Starts the threads, with the options Undertow gives the threads of a server it starts.
     *
     * @return the running threads
     */
    public static ServerThreads start() {
        QuietLogging.apply();
        try {
            Xnio xnio = Xnio.getInstance(HttpOpenListener.class.getClassLoader());
            XnioWorker worker = xnio.createWorker(OptionMap.builder()
                    .set(Options.WORKER_IO_THREADS, IO_THREADS)
                    .set(Options.WORKER_TASK_CORE_THREADS, WORKER_THREADS)
                    .set(Options.WORKER_TASK_MAX_THREADS, WORKER_THREADS)
                    .set(Options.TCP_NODELAY, true)
                    .set(Options.CORK, true)
                    .set(Options.THREAD_DAEMON, true)
                    .getMap());
            return new ServerThreads(worker, new DefaultByteBufferPool(true, 16 * 1024, -1, 4));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the mock servers' threads", e);
        }
    }

    /**
     * Listens for HTTP on a port of the interface, with these threads, until the returned channel is closed; what
     * {@code Undertow.start()} does for one HTTP listener, without looking up XNIO's provider again for every server.
     *
     * @param host the interface's address
     * @param port the port, or 0 for an ephemeral one
     * @param handler answers the requests
     * @param serverOptions Undertow's options for the listener, over Undertow's defaults
     */
    AcceptingChannel<StreamConnection> listen(String host, int port, HttpHandler handler, OptionMap serverOptions)
            throws IOException {
        HttpOpenListener http = new HttpOpenListener(buffers, OptionMap.builder()
                .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                .set(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .addAll(serverOptions)
                .getMap());
        http.setRootHandler(handler);
        AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                new InetSocketAddress(InetAddress.getByName(host), port), ChannelListeners.openListenerAdapter(http),
                SOCKET_OPTIONS);
        channel.resumeAccepts();
        return channel;
    }

    /**
     * Stops the threads, waits for them to end (as stopping an Undertow server that owns its threads does) and frees
     * the buffers; servers still using them stop serving.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            buffers.close();
        }
    }
}
