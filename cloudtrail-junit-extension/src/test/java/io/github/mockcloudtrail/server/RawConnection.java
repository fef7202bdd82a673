package io.github.mockcloudtrail.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection over a plain socket, for what {@code java.net.http} cannot send or see: malformed
 * framing, absurd headers, pipelined requests, requests trickled byte by byte or abandoned half way, and
 * whether the server closed the connection. It is also the fastest way to send thousands of requests.
 *
 * <p>Every read waits at most {@link #HANG_LIMIT}; a server that says nothing for that long has hung, and
 * the read fails the test. That bound is never reached by a working server, so it is no timing assertion.
 *
 * <pre>{@code
 * try (RawConnection connection = RawConnection.open(mock.endpoint())) {
 *     RawResponse answer = connection.exchange(RawRequest.call("DescribeTrails", "{}").bytes());
 * }
 * }</pre>
 */
final class RawConnection implements AutoCloseable {
    /** How long a read waits before the server counts as hung. */
    static final Duration HANG_LIMIT = Duration.ofSeconds(30);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawConnection open(URI endpoint) {
        try {
            Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
            socket.setSoTimeout(Math.toIntExact(HANG_LIMIT.toMillis()));
            socket.setTcpNoDelay(true);
            return new RawConnection(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the bytes and reads one response. */
    RawResponse exchange(byte[] request) {
        send(request);
        return read();
    }

    void send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the bytes one at a time, pausing after each: a slow client, or a slowloris attack. */
    void trickle(byte[] bytes, Duration pause) {
        for (byte b : bytes) {
            send(new byte[] {b});
            sleep(pause);
        }
    }

    /** Reads one response; fails if the connection ends before a whole response, or if the server hangs. */
    RawResponse read() {
        return read(true);
    }

    /** Reads the answer to a {@code HEAD} request, which has headers (Content-Length too) but never a body. */
    RawResponse readHeadAnswer() {
        return read(false);
    }

    private RawResponse read(boolean withBody) {
        try {
            String statusLine = line();
            if (statusLine == null) {
                throw new AssertionError("The server closed the connection without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(header.substring(colon + 1).trim());
            }
            boolean closes = parts[0].equals("HTTP/1.0") || List.of("close").equals(headers.get("connection"));
            return new RawResponse(status, headers, withBody ? body(headers, closes) : new byte[0], closes);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("The server sent no answer within " + HANG_LIMIT + ": it hangs", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the server to close the connection and returns what it sent before, which is nothing for a
     * connection dropped without an answer. Fails if the server neither closes nor stops sending.
     */
    byte[] readUntilClosed() {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("The server kept the connection open for " + HANG_LIMIT + " after "
                    + received.size() + " bytes", e);
        } catch (SocketException e) {
            // A reset is a close too: the server discarded what the client still had in flight.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return received.toByteArray();
    }

    private byte[] body(Map<String, List<String>> headers, boolean closes) throws IOException {
        List<String> length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length.get(0)));
        }
        if (List.of("chunked").equals(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }
        return closes ? in.readAllBytes() : new byte[0];
    }

    /** A CRLF-terminated line without its terminator, or null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
