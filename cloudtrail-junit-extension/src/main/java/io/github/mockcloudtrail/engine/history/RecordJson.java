package io.github.mockcloudtrail.engine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes an SDK request or response as CloudTrail writes {@code requestParameters} and
 * {@code responseElements}: member names starting in lower case ({@code s3BucketName}), timestamps as
 * {@code Mar 1, 2024 12:00:00 PM}, absent members left out.
 *
 * <pre>{@code
 * ObjectNode parameters = RecordJson.of(createTrailRequest); // {"name":"audit","s3BucketName":"audit-logs"}
 * }</pre>
 */
final class RecordJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    private RecordJson() {
    }

    /** The shape's members, or null when it has none set. */
    static ObjectNode of(SdkPojo shape) {
        ObjectNode node = JSON.objectNode();
        for (SdkField<?> field : shape.sdkFields()) {
            Object value = field.getValueOrDefault(shape);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                node.set(lowerFirst(field.memberName()), value(value));
            }
        }
        return node.isEmpty() ? null : node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof SdkPojo pojo) {
            ObjectNode nested = of(pojo);
            return nested == null ? JSON.objectNode() : nested;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = JSON.arrayNode();
            list.forEach(element -> array.add(value(element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key), value(element)));
            return object;
        }
        if (value instanceof Instant instant) {
            return JSON.textNode(TIMESTAMP.format(instant));
        }
        if (value instanceof SdkBytes bytes) {
            return JSON.textNode(Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
        }
        if (value instanceof Boolean flag) {
            return JSON.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Long number) {
            return JSON.numberNode(number);
        }
        return JSON.textNode(String.valueOf(value));
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
