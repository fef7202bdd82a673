package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Assertions on raw answers: what every answer of the mock must be (a 200 with a JSON object, or a 4xx AWS
 * JSON error), and exact errors.
 *
 * <pre>{@code
 * Answers.assertError(connection.exchange(request), 400, "SerializationException", "not valid JSON");
 * Answers.assertWellFormed(answer, "GetTrail " + body);
 * }</pre>
 */
final class Answers {
    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private Answers() {
    }

    /** An AWS JSON error with this status and code, whose message contains the given text. */
    static void assertError(RawResponse answer, int status, String code, String messagePart) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(errorMessage(answer, code)).as("message of %s", answer).contains(messagePart);
    }

    /**
     * The invariant of every answer: 200 with a JSON object, or a 4xx error with {@code __type} (repeated in
     * {@code x-amzn-ErrorType}) and a message. Never a 5xx.
     *
     * @return the error code, or null for a 200
     */
    static String assertWellFormed(RawResponse answer, String request) {
        assertThat(answer.status()).as("status of the answer to %s: %s", request, answer).isIn(200, 400, 403, 413, 415);
        assertThat(answer.header("x-amzn-RequestId")).as("request ID of %s", answer).isPresent();
        if (answer.status() == 200) {
            assertThat(answer.header("Content-Type")).as("content type of %s", answer).hasValue(JSON_1_1);
            assertThat(answer.json().isObject()).as("body of %s", answer).isTrue();
            return null;
        }
        String code = answer.header("x-amzn-ErrorType").orElseThrow(
                () -> new AssertionError("No x-amzn-ErrorType in the answer to " + request + ": " + answer));
        assertThat(errorMessage(answer, code)).as("message of %s", answer).isNotBlank();
        return code;
    }

    /** Checks the error envelope (the code in the body and in the header) and returns the message. */
    private static String errorMessage(RawResponse answer, String code) {
        assertThat(answer.header("Content-Type")).as("content type of %s", answer).hasValue(JSON_1_1);
        assertThat(answer.header("x-amzn-ErrorType")).as("x-amzn-ErrorType of %s", answer).hasValue(code);
        JsonNode body = answer.json();
        assertThat(body.path("__type").textValue()).as("__type of %s", answer).isEqualTo(code);
        assertThat(body.path("message").isTextual()).as("message of %s", answer).isTrue();
        return body.get("message").textValue();
    }
}
