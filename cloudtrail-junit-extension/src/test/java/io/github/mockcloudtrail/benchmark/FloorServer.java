package io.github.mockcloudtrail.benchmark;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.Options;

/**
 * The floor the benchmark compares the mock with: a bare Undertow server, configured as the mock's (loopback,
 * two I/O threads, daemon workers, handling on the I/O thread), that reads each request body and answers with
 * a fixed body chosen by the request's {@code X-Amz-Target}, with the headers an SDK needs. Nothing is decoded,
 * looked up or recorded: it is what any endpoint speaking this protocol must at least do.
 *
 * <p>Its {@link #main} prints one ready line like the standalone server's, so that the benchmark can compare
 * their start times; the benchmark packages it into a copy of the standalone server's jar (see
 * {@link FloorJar}).
 *
 * <pre>{@code
 * try (FloorServer floor = FloorServer.start(0, Map.of("ListTrails", "{\"Trails\":[]}"))) {
 *     CloudTrailClient client = CloudTrailClient.builder().endpointOverride(floor.endpoint())...build();
 * }
 * java -jar floor.jar --port 0 'ListTrails={"Trails":[]}'
 * }</pre>
 */
public final class FloorServer implements AutoCloseable {
    /** The ready line's prefix; the port follows. */
    public static final String READY = "floor listening on ";
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    private static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    private static final String FIXED_REQUEST_ID = "00000000-0000-4000-8000-000000000000";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    /** JBoss Logging's greetings would go to java.util.logging; the mock silences them too. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.xnio"),
            Logger.getLogger("org.jboss.threads"), Logger.getLogger("io.undertow"));

    private final Undertow undertow;
    private final URI endpoint;

    private FloorServer(Undertow undertow) {
        this.undertow = undertow;
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        this.endpoint = URI.create("http://127.0.0.1:" + address.getPort());
    }

    /**
     * Starts the floor.
     *
     * @param port the port, 0 for an ephemeral one
     * @param answers the body to answer for each operation name (the part of {@code X-Amz-Target} after the dot);
     *     other targets get {@code {}}
     */
    public static FloorServer start(int port, Map<String, String> answers) {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        Map<String, byte[]> bodies = new HashMap<>();
        answers.forEach((operation, body) -> bodies.put(operation, body.getBytes(StandardCharsets.UTF_8)));
        byte[] empty = {'{', '}'};
        Undertow undertow = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setIoThreads(Math.min(2, Runtime.getRuntime().availableProcessors()))
                .setWorkerThreads(2)
                .setWorkerOption(Options.THREAD_DAEMON, true)
                .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes(
                        (done, body) -> answer(done, bodies.getOrDefault(operation(done), empty))))
                .build();
        undertow.start();
        return new FloorServer(undertow);
    }

    private static String operation(HttpServerExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        return target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
    }

    private static void answer(HttpServerExchange exchange, byte[] body) {
        exchange.getResponseHeaders().put(REQUEST_ID, FIXED_REQUEST_ID);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON_1_1);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        undertow.stop();
    }

    /**
     * {@code [--port N] [OPERATION=BODY ...]}: runs the floor until the process is stopped, after printing
     * {@code floor listening on http://127.0.0.1:PORT}.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[++i]);
            } else {
                int equals = args[i].indexOf('=');
                answers.put(args[i].substring(0, equals), args[i].substring(equals + 1));
            }
        }
        FloorServer server = start(port, answers);
        System.out.println(READY + server.endpoint());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
