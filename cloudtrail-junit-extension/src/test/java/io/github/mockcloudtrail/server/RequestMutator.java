package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid request body into a hostile one with one to three seeded, random mutations: members dropped,
 * renamed, duplicated or swapped; values replaced by other types, other lengths, other numbers, other
 * accounts' and Regions' ARNs, characters trail names and tags treat specially; nesting; lists grown past
 * their limits; and, for one body in eight, damage to the bytes themselves (truncation, flipped and inserted
 * bytes, invalid UTF-8). The same seed gives the same mutations, so a failure repeats.
 *
 * <pre>{@code
 * RequestMutator mutator = new RequestMutator(new Random(42));
 * byte[] hostile = mutator.mutate(ValidRequests.of(Operation.CREATE_TRAIL).get(0));
 * }</pre>
 */
final class RequestMutator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> FRAGMENTS = List.of("arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit",
            "arn:aws:cloudtrail:us-east-1:210987654321:trail/audit", "arn:aws-cn:cloudtrail:cn-north-1:123456789012:trail/a",
            "arn:aws:s3:::", "arn:aws:s3:::other-bucket/", "arn:aws:lambda", "arn:aws:kms:us-east-1:123456789012:alias/x",
            "alias/", "audit", "second", "fresh", "AUDIT", "..", "-", "_", ".", " ", "", "/", ":", "*", "=", "@", "#",
            "\u0000", "\u00e9", "\uD83D\uDE00", "\uD800", "\u202E", "kms.amazonaws.com", "ApiCallRateInsight",
            "ReadOnly", "WriteOnly", "All", "Data", "Management", "eventCategory", "resources.type", "resources.ARN",
            "readOnly", "eventName", "eventSource", "AWS::S3::Object", "AWS::Lambda::Function", "EventName",
            "Username", "insight", "true", "false", "192.168.5.4", "aws:", "log-group:", ":*");
    private static final List<JsonNode> NUMBERS = List.of(JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(1),
            JSON.numberNode(50), JSON.numberNode(51), JSON.numberNode(Integer.MAX_VALUE),
            JSON.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)), JSON.numberNode(new BigDecimal("1e308")),
            JSON.numberNode(new BigDecimal("-1e-9")), JSON.numberNode(1.5), JSON.numberNode(-0.0),
            JSON.numberNode(253402300800L));
    private static final List<String> MEMBER_NAMES = List.of("Name", "TrailName", "ResourceId", "TagsList", "Key",
            "Value", "Values", "EventSelectors", "AdvancedEventSelectors", "FieldSelectors", "Field", "Equals",
            "InsightSelectors", "InsightType", "LookupAttributes", "AttributeKey", "StartTime", "MaxResults",
            "NextToken", "trailNameList", "Colour", "__type", "");
    private static final List<byte[]> INVALID_UTF8 = List.of(HexFormat.of().parseHex("80"),
            HexFormat.of().parseHex("c0af"), HexFormat.of().parseHex("e282"), HexFormat.of().parseHex("ff"),
            HexFormat.of().parseHex("eda080"), HexFormat.of().parseHex("f4908080"));

    private final Random random;

    RequestMutator(Random random) {
        this.random = random;
    }

    byte[] mutate(ObjectNode valid) {
        ObjectNode body = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateTree(body);
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(8) == 0 ? damage(bytes) : bytes;
    }

    /** A place in the tree: a member of an object, or an element of an array. */
    private record Place(ContainerNode<?> parent, String member, int index) {
        JsonNode value() {
            return parent instanceof ObjectNode object ? object.get(member) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(member, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(member);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    /**
     * One change at a random place. Two changes in three keep the value's JSON type (another string, number,
     * truth value, a longer or shorter list, a member less), so that most requests get past the codec to the
     * rules; the others break the shape.
     */
    private void mutateTree(ObjectNode body) {
        List<Place> places = new ArrayList<>();
        collect(body, places);
        if (places.isEmpty()) {
            body.set(pick(MEMBER_NAMES), anyValue(0));
            return;
        }
        Place place = pick(places);
        if (random.nextInt(3) > 0) {
            keepType(place);
        } else {
            breakShape(body, place);
        }
    }

    private void keepType(Place place) {
        JsonNode value = place.value();
        if (value.isTextual()) {
            place.set(JSON.textNode(mutateText(value.textValue())));
        } else if (value.isNumber()) {
            place.set(pick(NUMBERS));
        } else if (value.isBoolean()) {
            place.set(JSON.booleanNode(!value.booleanValue()));
        } else if (value instanceof ArrayNode array && random.nextBoolean()) {
            grow(array);
        } else {
            place.remove();
        }
    }

    private void breakShape(ObjectNode body, Place place) {
        JsonNode value = place.value();
        switch (random.nextInt(5)) {
            case 0 -> place.set(anyValue(0));
            case 1 -> place.set(random.nextBoolean() ? JSON.arrayNode().add(value) : JSON.objectNode().set("Name", value));
            case 2 -> rename(place);
            case 3 -> place.set(pick(NUMBERS));
            default -> (place.parent() instanceof ObjectNode object ? object : body).set(pick(MEMBER_NAMES), anyValue(0));
        }
    }

    private void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                places.add(new Place(object, member.getKey(), -1));
                collect(member.getValue(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i));
                collect(array.get(i), places);
            }
        }
    }

    /**
     * Repeats an array's elements, past the limits on tags (50), selectors (5) and values (250, 500); strings
     * cut to 64 characters, so that a long list is not also a body of megabytes.
     */
    private void grow(ArrayNode array) {
        if (!array.isEmpty()) {
            int size = pick(List.of(2, 6, 21, 51, 251, 501));
            for (int i = array.size(); i < size; i++) {
                JsonNode copy = array.get(random.nextInt(array.size())).deepCopy();
                array.add(copy.isTextual() ? JSON.textNode(shortened(copy.textValue()) + i) : copy);
            }
        }
    }

    private static String shortened(String text) {
        return text.length() > 64 ? text.substring(0, 64) : text;
    }

    private void rename(Place place) {
        if (place.parent() instanceof ObjectNode object) {
            JsonNode value = object.remove(place.member());
            String name = place.member();
            String renamed = random.nextBoolean() ? name.toLowerCase() : name.isEmpty() ? "X" : name + name.charAt(0);
            object.set(renamed, value);
        }
    }

    private JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth < 3 ? 7 : 4)) {
            case 0 -> anyText();
            case 1 -> pick(NUMBERS);
            case 2 -> JSON.booleanNode(random.nextBoolean());
            case 3 -> JSON.nullNode();
            case 4 -> JSON.arrayNode().add(anyValue(depth + 1)).add(anyValue(depth + 1));
            case 5 -> JSON.objectNode().set(pick(MEMBER_NAMES), anyValue(depth + 1));
            default -> JSON.objectNode();
        };
    }

    private JsonNode anyText() {
        return JSON.textNode(mutateText(""));
    }

    private String mutateText(String text) {
        return switch (random.nextInt(6)) {
            case 0 -> text + pick(FRAGMENTS);
            case 1 -> pick(FRAGMENTS) + text;
            case 2 -> text.isEmpty() ? "" : text.substring(0, random.nextInt(text.length()));
            case 3 -> {
                String unit = text.isEmpty() ? "a" : text;
                yield unit.repeat(1 + pick(List.of(128, 200, 256, 1024)) / unit.length());
            }
            case 4 -> text.toUpperCase();
            default -> pick(FRAGMENTS) + pick(FRAGMENTS) + pick(FRAGMENTS);
        };
    }

    private byte[] damage(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> splice(bytes, at, 1, new byte[] {(byte) random.nextInt(256)});
            case 2 -> splice(bytes, at, 0, pick(INVALID_UTF8));
            case 3 -> splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(8)), new byte[0]);
            default -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, random.nextInt(at + 1), at));
        };
    }

    private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
        int cut = Math.min(removed, bytes.length - at);
        byte[] result = new byte[bytes.length - cut + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at + cut, result, at + inserted.length, bytes.length - at - cut);
        return result;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
