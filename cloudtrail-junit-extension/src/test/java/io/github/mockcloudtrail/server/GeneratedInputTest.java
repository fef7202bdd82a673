package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mockcloudtrail.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;

/**
 * Generated requests for all 18 operations, seeded so that a failure repeats: requests built from each
 * operation's SDK shape with string members drawn from the characters trail names, ARNs and tags treat
 * specially, and thousands of mutations of a valid request per operation ({@link RequestMutator}). Whatever
 * they hold, the mock answers 200 or a 4xx AWS JSON error, never a 5xx and never a dropped connection; a request
 * it rejects, and any read, leaves the trails exactly as they were.
 *
 * <p>{@code -Dmockcloudtrail.mutations=N} sets the mutations per operation (default 2,000) and
 * {@code -Dmockcloudtrail.seed=S} the seed (default 6): a longer or other run without editing the test.
 */
class GeneratedInputTest {
    private static final int REQUESTS_PER_OPERATION = 60;
    private static final int MUTATIONS_PER_OPERATION = Integer.getInteger("mockcloudtrail.mutations", 2_000);
    private static final long SEED = Long.getLong("mockcloudtrail.seed", 6);
    private static final List<String> FRAGMENTS = List.of("arn:", "aws", ":", "cloudtrail", "us-east-1",
            "123456789012", "trail/", "audit", "/", ".", "-", "_", "..", "a", "Z", "9", "192.168.5.4", " ", "é",
            "\uD83D\uDE00", "\uD800", "alias/", "log-group:", ":*", "iam::", "role/", "=", "@", "#", "\u0000", "");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    @RegisterExtension
    static final SeededServer server = new SeededServer();

    @AfterEach
    void nothingFailedInsideTheServer() {
        server.assertIntactAndServing();
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void acceptsEveryValidRequestOfTheCorpus(Operation operation) {
        try (RawConnection connection = server.connect()) {
            for (ObjectNode body : ValidRequests.of(operation)) {
                assertThat(send(connection, operation, body.toString().getBytes(StandardCharsets.UTF_8)).status())
                        .as("%s %s", operation.wireName(), body).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void answersEveryRequestGeneratedFromTheShapeWithoutAServerError(Operation operation) {
        Random random = new Random(SEED + operation.ordinal());

        try (RawConnection connection = server.connect()) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String body = structure(operation.newRequestBuilder(), random, 0).toString();
                send(connection, operation, body.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void answersThousandsOfMutatedValidRequestsWithoutAServerErrorOrAChange(Operation operation) {
        RequestMutator mutator = new RequestMutator(new Random(SEED * 1000 + operation.ordinal()));
        List<ObjectNode> valid = ValidRequests.of(operation);
        TreeMap<String, Integer> answers = new TreeMap<>();

        RawConnection connection = server.connect();
        try {
            for (int i = 0; i < MUTATIONS_PER_OPERATION; i++) {
                RawResponse answer = send(connection, operation, mutator.mutate(valid.get(i % valid.size())));
                answers.merge(answer.status() == 200 ? "200" : answer.header("x-amzn-ErrorType").orElseThrow(), 1,
                        Integer::sum);
                if (answer.closesConnection()) {
                    connection.close();
                    connection = server.connect();
                }
            }
        } finally {
            connection.close();
        }
        // Many mutations reach past the codec into the rules: the answers are more than parse errors.
        assertThat(answers.keySet()).as("answers to the mutations of %s: %s", operation, answers)
                .contains("200", "SerializationException").hasSizeGreaterThan(2);
        assertThat(answers.get("SerializationException")).as("answers to the mutations of %s: %s", operation, answers)
                .isLessThan(MUTATIONS_PER_OPERATION * 3 / 4);
    }

    /**
     * Sends one request and checks the answer and, unless it was a successful write, that the trails are as
     * seeded (a body the codec rejects never reaches the engine, so it is not checked); then puts the seeded
     * state back, so that every request meets the same trails and the event history stays small.
     */
    private static RawResponse send(RawConnection connection, Operation operation, byte[] body) {
        RawResponse answer = connection.exchange(RawRequest.call(operation.wireName(), body).bytes());
        String request = operation.wireName() + " " + new String(body, StandardCharsets.UTF_8);
        String error = Answers.assertWellFormed(answer, request);
        boolean changeAllowed = error == null && !operation.readOnly();
        if (!changeAllowed && !"SerializationException".equals(error)) {
            assertThat(server.isIntact()).as("the trails are unchanged after %s, answered %s", request, answer).isTrue();
        }
        server.restoreBaseline();
        return answer;
    }

    /** A JSON object with a random subset of the shape's members, each holding a value of its type. */
    private static ObjectNode structure(SdkPojo shape, Random random, int depth) {
        ObjectNode object = JSON.objectNode();
        for (SdkField<?> field : shape.sdkFields()) {
            if (random.nextInt(3) > 0) {
                object.set(field.locationName(), value(field, random, depth));
            }
        }
        return object;
    }

    private static JsonNode value(SdkField<?> field, Random random, int depth) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.BOOLEAN) {
            return JSON.booleanNode(random.nextBoolean());
        }
        if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
            return JSON.numberNode(random.nextInt(200) - 50);
        }
        if (type == MarshallingType.INSTANT) {
            return JSON.numberNode(random.nextInt(2_000_000_000));
        }
        if (type == MarshallingType.LIST) {
            ArrayNode array = JSON.arrayNode();
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            // Long lists at the top only: nested ones would multiply into bodies of megabytes.
            int size = depth == 0 && random.nextInt(4) == 0 ? 25 : random.nextInt(4);
            for (int i = 0; i < size; i++) {
                array.add(value(member, random, depth + 1));
            }
            return array;
        }
        if (type == MarshallingType.SDK_POJO && depth < 4) {
            return structure(field.constructor().get(), random, depth + 1);
        }
        return JSON.textNode(text(random));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return text.toString();
    }
}
