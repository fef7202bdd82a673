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
 * accepts requests, and stops cleanly on SIGTERM or Ctrl-C. {@code POST /_mock/reset} empties all state.
 *
 * <pre>{@code
 * java -jar cloudtrail-mock-server.jar --port 4599
 * aws --endpoint-url http://127.0.0.1:4599 cloudtrail create-trail --name audit --s3-bucket-name audit-logs
 * }</pre>
 */
public final class StandaloneServer {
    private StandaloneServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(StandaloneOptions.USAGE);
            return;
        }
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StandaloneOptions.USAGE);
            System.exit(2);
            return;
        }
        CloudTrailServer server = CloudTrailServer.start(new CloudTrailEngine(options.engineOptions()), options.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mock-cloudtrail-shutdown"));
        announce(System.out, server);
        stopped.await();
    }

    static void announce(PrintStream out, CloudTrailServer server) {
        out.println("mock-cloudtrail listening on " + server.endpoint());
        out.flush();
    }
}
