package io.github.mockcloudtrail.benchmark;

import io.github.mockcloudtrail.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One CloudTrail request as the benchmark sends it without an SDK: to set up the servers and to learn the mock's
 * answers, which the floor then serves as its fixed bodies. The {@code Authorization} header is SigV4-shaped with
 * a made-up signature (the mock reads the credential scope and verifies nothing); the same headers go into the
 * wrk script.
 *
 * <pre>{@code
 * AwsJsonRequest status = new AwsJsonRequest("GetTrailStatus", "{\"Name\":\"bench\"}");
 * String answer = status.send(endpoint);
 * }</pre>
 *
 * @param operation the operation's wire name
 * @param body the JSON request body
 */
record AwsJsonRequest(String operation, String body) {
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=123456789012/20240301/us-east-1/cloudtrail/"
            + "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The request's headers, as an SDK sends them. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("X-Amz-Target", Operation.TARGET_PREFIX + operation);
        headers.put("X-Amz-Date", "20240301T120000Z");
        headers.put("Authorization", AUTHORIZATION);
        return headers;
    }

    /**
     * Sends the request and returns the answer's body.
     *
     * @throws IllegalStateException if the answer is not a 200
     */
    String send(URI endpoint) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers().forEach(request::header);
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(operation + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
