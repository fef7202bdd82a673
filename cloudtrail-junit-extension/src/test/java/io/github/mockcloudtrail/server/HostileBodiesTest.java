package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.server.Answers.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mockcloudtrail.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * Hostile request bodies, sent as raw bytes: malformed and truncated JSON, a value of every wrong JSON type in
 * every place of every operation's request, deep nesting, unknown members, invalid UTF-8, empty and huge
 * bodies. Each is a 4xx AWS JSON error that says what was wrong, and afterwards the trails are as they were
 * and the server serves.
 */
class HostileBodiesTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** One value of each JSON type. */
    private static final List<JsonNode> ONE_OF_EACH_TYPE = List.of(JSON.textNode("x"), JSON.numberNode(7),
            JSON.numberNode(1.5), JSON.booleanNode(true), JSON.arrayNode(), JSON.objectNode());
    /** Operations whose empty body ({@code {}}) is valid: all their members are optional. */
    private static final Set<Operation> NOTHING_REQUIRED = EnumSet.of(Operation.DESCRIBE_TRAILS, Operation.LIST_TRAILS,
            Operation.LOOKUP_EVENTS, Operation.LIST_PUBLIC_KEYS);
    @RegisterExtension
    static final SeededServer server = new SeededServer();

    @AfterEach
    void nothingChangedAndTheServerServes() {
        server.assertIntactAndServing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "[", "{\"Name\":}", "{\"Name\" \"audit\"}", "{'Name':'audit'}", "{Name:\"audit\"}",
        "{\"Name\":\"audit\",}", "{\"Name\":\"audit\"", "{\"Name\":\"audit", "\"", "nul", "tru", "{\"Name\":\"\\x\"}",
        "{\"Name\":\"\\u12\"}", "{\"Name\":01}", "{\"Name\":NaN}", "{\"Name\":-}", "{\"Name\":\"audit\"}{",
        "{\"Name\":\"audit\"} x", "{\"Name\":\"a\u0001b\"}", "/* comment */ {}", "{\"Name\":\"audit\"}]", "\u0000",
        "{\"Name\":\"audit\"\u0000}", "{,}", "{\"Name\"::\"audit\"}"})
    void rejectsMalformedJson(String body) {
        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", body).bytes()), 400, "SerializationException",
                    "The request body is not valid JSON");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"CREATE_TRAIL", "PUT_EVENT_SELECTORS", "LOOKUP_EVENTS"})
    void rejectsEveryTruncationOfAValidBody(Operation operation) {
        byte[] valid = ValidRequests.of(operation).get(0).toString().getBytes(StandardCharsets.UTF_8);

        try (RawConnection connection = server.connect()) {
            for (int length = 1; length < valid.length; length++) {
                byte[] truncated = java.util.Arrays.copyOf(valid, length);
                RawResponse answer = connection.exchange(RawRequest.call(operation.wireName(), truncated).bytes());
                assertError(answer, 400, "SerializationException", "The request body is not valid JSON");
            }
        }
    }

    /** Every member, list element and nested member of every request, with each JSON type its type is not. */
    @ParameterizedTest
    @EnumSource(Operation.class)
    void rejectsAValueOfTheWrongJsonTypeAnywhereInTheRequest(Operation operation) {
        try (RawConnection connection = server.connect()) {
            for (RequestMembers.Slot slot : RequestMembers.of(operation)) {
                for (JsonNode value : ONE_OF_EACH_TYPE) {
                    if (!accepts(slot.type(), value)) {
                        String body = slot.bodyWith(value).toString();
                        RawResponse answer = connection.exchange(RawRequest.call(operation.wireName(), body).bytes());
                        assertError(answer, 400, "SerializationException", "for " + slot.path() + ", but got "
                                + describe(value) + ".");
                    }
                }
            }
        }
    }

    /** An unknown member in the request and in every structure nested in it. */
    @ParameterizedTest
    @EnumSource(Operation.class)
    void rejectsAnUnknownMemberAnywhereInTheRequest(Operation operation) {
        try (RawConnection connection = server.connect()) {
            String shape = operation.newRequestBuilder().getClass().getEnclosingClass().getSimpleName();
            assertError(connection.exchange(RawRequest.call(operation.wireName(), "{\"Colour\":\"red\"}").bytes()), 400,
                    "SerializationException", "Unknown member 'Colour' in " + shape + "; expected one of [");
            for (RequestMembers.Slot slot : RequestMembers.of(operation)) {
                if (slot.type() == MarshallingType.SDK_POJO) {
                    String body = slot.bodyWith(JSON.objectNode().put("Colour", "red")).toString();
                    assertError(connection.exchange(RawRequest.call(operation.wireName(), body).bytes()), 400,
                            "SerializationException", "Unknown member 'Colour' in " + slot.path() + ";");
                }
            }
        }
    }

    @Test
    void rejectsMembersNamedInTheWrongCaseOrFromAnotherShape() {
        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", "{\"name\":\"audit\"}").bytes()), 400,
                    "SerializationException", "Unknown member 'name' in GetTrailRequest");
            assertError(connection.exchange(RawRequest.call("DescribeTrails", "{\"TrailNameList\":[]}").bytes()), 400,
                    "SerializationException", "Unknown member 'TrailNameList' in DescribeTrailsRequest");
            assertError(connection.exchange(RawRequest.call("GetTrail", "{\"__type\":\"GetTrailRequest\"}").bytes()),
                    400, "SerializationException", "Unknown member '__type' in GetTrailRequest");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 1_000, 100_000})
    void rejectsNestingDeeperThanAnyRequestShape(int depth) {
        String arrays = "{\"trailNameList\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        String objects = "{\"Name\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";

        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("DescribeTrails", arrays).bytes()), 400,
                    "SerializationException", "The request body is not valid JSON");
            assertError(connection.exchange(RawRequest.call("GetTrail", objects).bytes()), 400,
                    "SerializationException", "The request body is not valid JSON");
        }
    }

    /**
     * Bytes that are not UTF-8: lone continuation bytes, overlong encodings (C0 AF would be '/'), truncated
     * sequences, bytes that never occur in UTF-8, a code point above U+10FFFF, five-byte sequences, a surrogate
     * encoded as UTF-8 (as CESU-8 writes UTF-16 halves), and Latin-1 text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"80", "bf", "c0af", "c1bf", "e080af", "e282", "e28228", "f0288c28", "fe", "ff",
        "f4908080", "f888808080", "eda080", "edbfbf", "e9"})
    void rejectsBytesThatAreNotUtf8InAValueOrAName(String hex) {
        byte[] invalid = HexFormat.of().parseHex(hex);

        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", concat("{\"Name\":\"au", invalid, "dit\"}"))
                    .bytes()), 400, "SerializationException", "not UTF-8 (the bytes at offset 11 are no UTF-8 sequence)");
            assertError(connection.exchange(RawRequest.call("GetTrail", concat("{\"Na", invalid, "me\":\"audit\"}"))
                    .bytes()), 400, "SerializationException", "not UTF-8 (the bytes at offset 4 are no UTF-8 sequence)");
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void answersAnEmptyBodyAsAnEmptyObject(Operation operation) {
        try (RawConnection connection = server.connect()) {
            RawResponse answer = connection.exchange(RawRequest.call(operation.wireName(), "").bytes());

            if (NOTHING_REQUIRED.contains(operation)) {
                assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            } else {
                assertError(answer, 400, "ValidationException", "failed to satisfy constraint: Member must not be null");
            }
        }
    }

    @Test
    void servesABodyOfExactlyTheLimitAndRejectsOneByteMore() {
        String prefix = "{\"Name\":\"";
        String suffix = "\"}";
        String atTheLimit = prefix + "a".repeat(CloudTrailHttpHandler.MAX_BODY_BYTES - prefix.length() - suffix.length())
                + suffix;
        String overTheLimit = prefix + "a".repeat(CloudTrailHttpHandler.MAX_BODY_BYTES + 1 - prefix.length()
                - suffix.length()) + suffix;

        try (RawConnection connection = server.connect()) {
            assertError(connection.exchange(RawRequest.call("GetTrail", atTheLimit).bytes()), 400,
                    "InvalidTrailNameException", "Trail name");
            assertError(connection.exchange(RawRequest.call("GetTrail", overTheLimit).bytes()), 413,
                    "RequestEntityTooLargeException", "Request body is larger than 1048576 bytes.");
        }
    }

    /**
     * A body far over the limit is read to its end and dropped, then answered with a 413: the client, which
     * sends its whole body before it reads, gets the answer (a server that closed the connection under it would
     * reset it and lose the answer), and the connection stays usable.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void answersAHugeBodyWithA413AfterReadingItAndKeepsTheConnection(boolean chunked) throws Exception {
        byte[] huge = concat("{\"Name\":\"", "a".repeat(32 << 20).getBytes(StandardCharsets.US_ASCII), "\"}");
        RawRequest request = RawRequest.call("GetTrail", huge);
        byte[] bytes = (chunked ? request.chunked() : request).bytes();

        try (RawConnection connection = server.connect()) {
            Thread writer = new Thread(() -> connection.send(bytes));
            writer.start();
            RawResponse answer = connection.read();
            writer.join();

            assertError(answer, 413, "RequestEntityTooLargeException", "Request body is larger than 1048576 bytes.");
            assertThat(answer.closesConnection()).isFalse();
            assertThat(connection.exchange(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").bytes()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void rejectsStringsOfAbsurdLengthWithTheRuleTheyBreak() {
        String huge = "a".repeat(500_000);
        Map<String, String> requests = Map.of(
                "GetTrail", "{\"Name\":\"" + huge + "\"}",
                "CreateTrail", "{\"Name\":\"fresh\",\"S3BucketName\":\"" + huge + "\"}",
                "AddTags", "{\"ResourceId\":\"" + SeededServer.AUDIT_ARN + "\",\"TagsList\":[{\"Key\":\"" + huge + "\"}]}");
        Map<String, String> codes = Map.of("GetTrail", "InvalidTrailNameException", "CreateTrail",
                "InvalidS3BucketNameException", "AddTags", "InvalidTagParameterException");

        try (RawConnection connection = server.connect()) {
            requests.forEach((operation, body) -> assertThat(Answers.assertWellFormed(
                    connection.exchange(RawRequest.call(operation, body).bytes()), operation))
                    .isEqualTo(codes.get(operation)));
        }
    }

    private static boolean accepts(MarshallingType<?> type, JsonNode value) {
        if (type == MarshallingType.STRING || type == MarshallingType.SDK_BYTES) {
            return value.isTextual();
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.isBoolean();
        }
        if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
            return value.isIntegralNumber();
        }
        if (type == MarshallingType.INSTANT || type == MarshallingType.DOUBLE) {
            return value.isNumber();
        }
        if (type == MarshallingType.LIST) {
            return value.isArray();
        }
        return value.isObject();
    }

    /** How the mock's messages describe a JSON value. */
    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER, BOOLEAN -> "the " + value.getNodeType().name().toLowerCase() + " " + value.asText();
            case ARRAY -> "an array";
            default -> "an object";
        };
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(middle);
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
