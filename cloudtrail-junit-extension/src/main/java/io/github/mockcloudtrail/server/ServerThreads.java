package io.github.mockcloudtrail.server;

import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.Undertow;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Xnio;
import org.xnio.XnioWorker;

/**
 * The threads and buffers of servers that run one after another (or side by side) in one JVM: two I/O threads,
 * two worker threads and a buffer pool, started once and lent to every server started with them. A test suite
 * of many classes starts a server per class; starting its threads once saves each class a few milliseconds.
 * The threads are daemon threads; {@link #close()} stops them once every server using them has stopped.
 *
 * <pre>{@code
 * try (ServerThreads threads = ServerThreads.start()) {
 *     CloudTrailServer first = CloudTrailServer.start(router, 0, threads);
 *     CloudTrailServer second = CloudTrailServer.start(otherRouter, 0, threads);
 * }
 * }</pre>
 */
public final class ServerThreads implements AutoCloseable {
    /** As many I/O threads as a server of its own has. */
    static final int IO_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    static final int WORKER_THREADS = 2;

    private final XnioWorker worker;
    private final ByteBufferPool buffers;

    private ServerThreads(XnioWorker worker, ByteBufferPool buffers) {
        this.worker = worker;
        this.buffers = buffers;
    }

    /**
     * Starts the threads; the options are those a server that starts its own threads gives them.
     *
     * @return the running threads
     */
    public static ServerThreads start() {
        QuietLogging.apply();
        try {
            XnioWorker worker = Xnio.getInstance(Undertow.class.getClassLoader()).createWorker(OptionMap.builder()
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

    XnioWorker worker() {
        return worker;
    }

    ByteBufferPool buffers() {
        return buffers;
    }

    /** Stops the threads and frees the buffers; servers still using them stop serving. */
    @Override
    public void close() {
        worker.shutdown();
        buffers.close();
    }
}
