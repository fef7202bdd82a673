package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes of one HTTP/1.1 request, built by hand so that any part of it can be wrong: the request line,
 * any header (absent, repeated, huge), the framing of the body. It starts as the request an SDK would send
 * for an operation, signed (with a made-up signature) for the default account in us-east-1.
 *
 * <pre>{@code
 * byte[] bytes = RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").header("Content-Type", "text/plain").bytes();
 * }</pre>
 */
final class RawRequest {
    private String requestLine = "POST / HTTP/1.1";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private boolean chunked;

    private RawRequest() {
    }

    /** A well-formed request for the operation (its wire name, such as {@code GetTrail}) with this JSON body. */
    static RawRequest call(String operation, String body) {
        return call(operation, body.getBytes(StandardCharsets.UTF_8));
    }

    static RawRequest call(String operation, byte[] body) {
        RawRequest request = new RawRequest();
        request.headers.put("Host", "127.0.0.1");
        request.headers.put("Content-Type", "application/x-amz-json-1.1");
        request.headers.put("X-Amz-Target", Operation.TARGET_PREFIX + operation);
        request.headers.put("X-Amz-Date", "20240301T120000Z");
        request.headers.put("Authorization", RawHttp.authorization("123456789012", "us-east-1"));
        request.body = body;
        return request;
    }

    /** Replaces the request line, such as {@code GET / HTTP/1.1}. */
    RawRequest requestLine(String line) {
        requestLine = line;
        return this;
    }

    /** Sets a header, replacing a header of the same name. */
    RawRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    RawRequest without(String name) {
        headers.remove(name);
        return this;
    }

    /** Sends the body with {@code Transfer-Encoding: chunked}, in one chunk, instead of a Content-Length. */
    RawRequest chunked() {
        chunked = true;
        return this;
    }

    /** Everything before the body: the request line, the headers with the body's framing, the empty line. */
    byte[] head() {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (!headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body as it goes on the wire, chunk framing included. */
    byte[] framedBody() {
        if (!chunked) {
            return body.clone();
        }
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        if (body.length > 0) {
            framed.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            framed.writeBytes(body);
            framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        framed.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head());
        bytes.writeBytes(framedBody());
        return bytes.toByteArray();
    }
}
