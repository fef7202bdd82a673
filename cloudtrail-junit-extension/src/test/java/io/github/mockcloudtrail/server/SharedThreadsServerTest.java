package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A server on shared threads: stopping it closes its kept-alive connections, as stopping its own threads would,
 * and leaves the threads serving the next server.
 */
class SharedThreadsServerTest {

    @Test
    void stoppingAServerClosesItsKeptAliveConnectionsAndLeavesTheThreadsServing() throws IOException {
        try (ServerThreads threads = ServerThreads.start()) {
            CloudTrailServer first = start(threads);
            try (Socket socket = new Socket(CloudTrailServer.LOOPBACK, first.port())) {
                socket.setSoTimeout(5_000);
                assertThat(exchange(socket)).startsWith("HTTP/1.1 200");

                first.close();

                assertThat(socket.getInputStream().read()).as("the kept-alive connection after the stop").isEqualTo(-1);
            }
            try (CloudTrailServer second = start(threads); Socket socket = new Socket(CloudTrailServer.LOOPBACK,
                    second.port())) {
                socket.setSoTimeout(5_000);
                assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
                assertThat(exchange(socket)).as("the same connection again").startsWith("HTTP/1.1 200");
            }
        }
    }

    private static CloudTrailServer start(ServerThreads threads) {
        return CloudTrailServer.start(new SingleSessionRouter(new Session("test",
                new CloudTrailEngine(EngineOptions.defaults()), SessionOptions.defaults())), threads);
    }

    /** Sends one ListTrails request and reads its whole answer (headers and the Content-Length body). */
    private static String exchange(Socket socket) throws IOException {
        String body = "{}";
        String request = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.1\r\n"
                + "X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListTrails\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=123456789012/20240301/us-east-1/cloudtrail/aws4_request,"
                + " SignedHeaders=host, Signature=00\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed after " + head);
            }
            head.append((char) next);
        }
        String lengthHeader = head.toString().lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .findFirst().orElseThrow();
        int length = Integer.parseInt(lengthHeader.substring(lengthHeader.indexOf(':') + 1).trim());
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
