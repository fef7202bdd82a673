package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response as {@link RawConnection} read it off the socket.
 *
 * @param status the status code
 * @param headers the headers, by lower-case name, in the order received
 * @param body the body, with any chunk framing removed
 * @param closesConnection whether the server announced {@code Connection: close} (or answered HTTP/1.0)
 */
record RawResponse(int status, Map<String, List<String>> headers, byte[] body, boolean closesConnection) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + text(), e);
        }
    }

    @Override
    public String toString() {
        String text = text();
        return status + " " + headers + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
