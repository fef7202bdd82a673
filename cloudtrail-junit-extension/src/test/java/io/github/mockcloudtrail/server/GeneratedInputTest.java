package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;

/**
 * Requests generated from each operation's SDK shape, with string members drawn from the characters that
 * trail names, ARNs and tags treat specially: whatever they hold, the mock answers 200 or an AWS JSON 4xx
 * error, never a 5xx. The generator is seeded, so a failure repeats.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs", multiRegion = true, tags = "owner=security")
class GeneratedInputTest {
    private static final int REQUESTS_PER_OPERATION = 60;
    private static final List<String> FRAGMENTS = List.of("arn:", "aws", ":", "cloudtrail", "us-east-1",
            "123456789012", "trail/", "audit", "/", ".", "-", "_", "..", "a", "Z", "9", "192.168.5.4", " ", "é",
            "\uD83D\uDE00", "\uD800", "alias/", "log-group:", ":*", "iam::", "role/", "=", "@", "#", "\u0000", "");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @ParameterizedTest
    @EnumSource(Operation.class)
    void answersEveryGeneratedRequestWithoutAServerError(Operation operation, CloudTrailMock mock) {
        Random random = new Random(operation.ordinal());
        RawHttp http = new RawHttp(mock.endpoint());
        ObjectMapper mapper = new ObjectMapper();

        for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
            String body = mapper.valueToTree(structure(operation.newRequestBuilder(), random, 0)).toString();

            HttpResponse<String> answer = http.call(operation.wireName(), body);

            assertThat(answer.statusCode()).as("%s %s answered %s", operation.wireName(), body, answer.body())
                    .isIn(200, 400);
            if (answer.statusCode() == 400) {
                JsonNode error = RawHttp.json(answer);
                assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue(error.get("__type").textValue());
                assertThat(error.get("message").textValue()).isNotBlank();
            }
        }
        assertThat(http.call("DescribeTrails", "{}").statusCode()).isEqualTo(200);
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
            int size = random.nextInt(4) == 0 ? 25 : random.nextInt(4);
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
