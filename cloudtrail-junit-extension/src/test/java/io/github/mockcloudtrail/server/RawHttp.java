package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw AWS JSON 1.1 requests, built by hand rather than by an SDK, to check the exact bytes on the wire. The
 * {@code Authorization} header carries a SigV4 credential scope and a made-up signature: the mock reads the
 * scope and does not verify signatures.
 *
 * <pre>{@code
 * RawHttp http = new RawHttp(mock.endpoint());
 * HttpResponse<String> answer = http.send(http.request("DescribeTrails", "{}"));
 * }</pre>
 */
final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    RawHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    static String authorization(String accessKeyId, String region) {
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20240301/" + region + "/cloudtrail/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);
    }

    /** A request for the operation as the SDK would send it, signed for the default account in us-east-1. */
    HttpRequest.Builder request(String operation, String body) {
        return requestWithout(operation, body, null);
    }

    /** The same request without one of its headers, such as {@code Authorization}. */
    HttpRequest.Builder requestWithout(String operation, String body, String omittedHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("X-Amz-Target", Operation.TARGET_PREFIX + operation);
        headers.put("X-Amz-Date", "20240301T120000Z");
        headers.put("Authorization", authorization("123456789012", "us-east-1"));
        headers.remove(omittedHeader);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return request;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the mock", e);
        }
    }

    HttpResponse<String> call(String operation, String body) {
        return send(request(operation, body));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }
}
