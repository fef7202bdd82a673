package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the mock CloudTrail endpoint as a process, for the AWS CLI, boto3, the JavaScript SDK or any
 * other client.
 *
 * <p>Prints exactly one line, {@code mock-cloudtrail listening on http://127.0.0.1:PORT}, once it
 * accepts requests, and nothing else while it runs; stops cleanly on SIGTERM or Ctrl-C.
 * {@code POST /_mock/reset} empties all state. Exit status 2 means bad arguments (including seed files
 * that cannot be read), 1 that the port could not be bound.
 *
 * <pre>{@code
 * java -jar cloudtrail-mock-server.jar --port 4599
 * aws --endpoint-url http://127.0.0.1:4599 cloudtrail create-trail --name audit --s3-bucket-name audit-logs
 * curl -X POST http://127.0.0.1:4599/_mock/reset
 * }</pre>
 */
public final class StandaloneServer {
    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_CANNOT_LISTEN = 1;

    private StandaloneServer() {
    }

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param args {@code --port}, {@code --region}, {@code --account} and the other options {@code --help} lists
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(StandaloneOptions.USAGE);
            return;
        }
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
        } catch (IllegalArgumentException e) {
            exit(EXIT_BAD_ARGUMENTS, e.getMessage() + System.lineSeparator() + StandaloneOptions.USAGE);
            return;
        }
        CloudTrailEngine engine = new CloudTrailEngine(options.engineOptions());
        try {
            options.seedEvents().forEach(path -> engine.history().seed(path, options.region()));
        } catch (IllegalArgumentException e) {
            exit(EXIT_BAD_ARGUMENTS, "--seed-events: " + e.getMessage());
            return;
        }
        CloudTrailServer server;
        try {
            server = CloudTrailServer.start(engine, options.port());
        } catch (RuntimeException e) {
            exit(EXIT_CANNOT_LISTEN, "mock-cloudtrail cannot listen on " + CloudTrailServer.LOOPBACK + ":"
                    + options.port() + ": " + rootCause(e).getMessage());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mock-cloudtrail-shutdown"));
        announce(System.out, server);
        AwsJsonCodec.warmUp(); // loads Jackson after the ready line, while clients connect
        stopped.await();
    }

    static void announce(PrintStream out, CloudTrailServer server) {
        out.println("mock-cloudtrail listening on " + server.endpoint());
        out.flush();
    }

    private static void exit(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
