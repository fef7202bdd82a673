package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads and writes AWS JSON 1.1 bodies for any SDK model shape, using the shape's own metadata
 * ({@link SdkPojo#sdkFields()}): member wire names, types, list and map element types.
 *
 * <p>Reading is strict: bytes that are not UTF-8, an unknown member, a value of the wrong JSON type, an
 * integer out of range, bad base64, duplicate keys, trailing data or nesting deeper than any CloudTrail
 * shape needs are {@code SerializationException}s that say where the problem is. A JSON {@code null} is
 * an absent member. Writing omits absent members, writes timestamps as epoch seconds (with milliseconds when
 * there are any) and blobs as base64.
 *
 * <pre>{@code
 * AwsJsonCodec codec = new AwsJsonCodec();
 * CreateTrailRequest request = (CreateTrailRequest) codec.decode(body, Operation.CREATE_TRAIL.newRequestBuilder());
 * byte[] json = codec.encode(response);
 * }</pre>
 */
public final class AwsJsonCodec {
    /** Deeper than any CloudTrail request shape (advanced selectors nest five levels). */
    static final int MAX_NESTING_DEPTH = 32;

    private final Map<Class<?>, Map<String, SdkField<?>>> fieldsByShape = new ConcurrentHashMap<>();

    /** A codec; it can be shared between threads. */
    public AwsJsonCodec() {
    }

    /**
     * Loads and sets up Jackson now rather than on the first request; a server that is ready to serve calls it
     * once it has said so. Idempotent and thread-safe.
     *
     * <pre>{@code
     * announce(server);
     * AwsJsonCodec.warmUp();
     * }</pre>
     */
    public static void warmUp() {
        Json.WRITER.getClass();
    }

    /**
     * The JVM's reader and writer of JSON (immutable, so they hold no state a test could change), made when
     * first used: setting up Jackson loads hundreds of classes, which a server need not load before it is
     * ready, and which every server of a JVM (one per test class) would otherwise set up again.
     */
    private static final class Json {
        static final ObjectReader READER;
        static final ObjectWriter WRITER;

        static {
            ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(64)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .build())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            READER = mapper.reader();
            WRITER = mapper.writer();
        }
    }

    /**
     * Decodes a request body into the shape of the given builder and builds it. An empty body is read
     * as {@code {}}.
     *
     * @param body the request body, possibly empty
     * @param builder a fresh builder of the target shape, such as {@code CreateTrailRequest.builder()}
     * @return the built shape
     * @throws CloudTrailApiException {@code SerializationException} if the body does not fit the shape
     */
    public SdkPojo decode(byte[] body, SdkPojo builder) {
        JsonNode root = body.length == 0 ? JsonNodeFactory.instance.objectNode() : parse(body);
        if (!root.isObject()) {
            throw mismatch(shapeName(builder), "a JSON object", root);
        }
        readStructure((ObjectNode) root, builder, shapeName(builder));
        return build(builder);
    }

    /**
     * Encodes a shape as a JSON object, leaving out absent members.
     *
     * @param shape a response or other SDK shape
     * @return the JSON, in UTF-8
     */
    public byte[] encode(SdkPojo shape) {
        try {
            return Json.WRITER.writeValueAsBytes(writeStructure(shape));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + shape.getClass().getSimpleName(), e);
        }
    }

    /**
     * Encodes an AWS JSON error body: {@code {"__type": code, "message": message}}.
     *
     * @param code the error code
     * @param message the error message
     * @return the JSON, in UTF-8
     */
    public byte[] encodeError(String code, String message) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("__type", code).put("message", message);
        try {
            return Json.WRITER.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode error " + code, e);
        }
    }

    private JsonNode parse(byte[] body) {
        requireUtf8(body);
        try {
            return Json.READER.readTree(body);
        } catch (IOException e) {
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION,
                    "The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Rejects bytes that are not UTF-8. Jackson's parser decodes some of them leniently, such as overlong forms
     * ({@code C0 AF} read as {@code /}) or five-byte sequences, which would let a forbidden character in
     * disguised; the JDK's decoder rejects every malformed sequence.
     */
    private static void requireUtf8(byte[] body) {
        if (isAscii(body)) {
            return; // every request an SDK sends: ASCII is UTF-8, and checking it costs no decoder and no buffer
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(4096);
        for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
                result = decoder.decode(in, out, true)) {
            if (result.isError()) {
                throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "The request body is not valid JSON: it is"
                        + " not UTF-8 (the bytes at offset " + in.position() + " are no UTF-8 sequence).");
            }
            out.clear();
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private void readStructure(ObjectNode node, SdkPojo builder, String path) {
        Map<String, SdkField<?>> fields = fieldsOf(builder);
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            SdkField<?> field = fields.get(member.getKey());
            if (field == null) {
                throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "Unknown member '" + member.getKey()
                        + "' in " + path + "; expected one of " + fields.keySet() + ".");
            }
            if (!member.getValue().isNull()) {
                field.set(builder, readValue(field, member.getValue(), path + "." + member.getKey()));
            }
        }
    }

    private Object readValue(SdkField<?> field, JsonNode value, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return require(value.isTextual(), "a string", value, path).textValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            return require(value.isBoolean(), "a boolean", value, path).booleanValue();
        }
        if (type == MarshallingType.INTEGER) {
            return require(value.isIntegralNumber() && value.canConvertToInt(), "an integer", value, path).intValue();
        }
        if (type == MarshallingType.LONG) {
            return require(value.isIntegralNumber() && value.canConvertToLong(), "a long integer", value, path).longValue();
        }
        if (type == MarshallingType.DOUBLE) {
            return require(value.isNumber(), "a number", value, path).doubleValue();
        }
        if (type == MarshallingType.INSTANT) {
            return readTimestamp(require(value.isNumber(), "a timestamp in epoch seconds", value, path), path);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return readBlob(require(value.isTextual(), "a base64 string", value, path), path);
        }
        if (type == MarshallingType.LIST) {
            return readList(field, require(value.isArray(), "a JSON array", value, path), path);
        }
        if (type == MarshallingType.MAP) {
            return readMap(field, require(value.isObject(), "a JSON object", value, path), path);
        }
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            readStructure((ObjectNode) require(value.isObject(), "a JSON object", value, path), nested, path);
            return build(nested);
        }
        throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "Member " + path + " has an unsupported type.");
    }

    private List<Object> readList(SdkField<?> field, JsonNode array, String path) {
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        List<Object> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = path + "[" + i + "]";
            list.add(readValue(member, require(!element.isNull(), "a value", element, elementPath), elementPath));
        }
        return list;
    }

    private Map<String, Object> readMap(SdkField<?> field, JsonNode object, String path) {
        SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String entryPath = path + "." + entry.getKey();
            map.put(entry.getKey(), readValue(valueField, require(!entry.getValue().isNull(), "a value", entry.getValue(),
                    entryPath), entryPath));
        }
        return map;
    }

    private static Instant readTimestamp(JsonNode value, String path) {
        BigDecimal seconds = value.decimalValue();
        try {
            long wholeSeconds = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
            int nanos = seconds.subtract(BigDecimal.valueOf(wholeSeconds)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(wholeSeconds, nanos);
        } catch (ArithmeticException | DateTimeException e) {
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION,
                    "Member " + path + " is not a valid timestamp: " + seconds.toPlainString() + ".");
        }
    }

    private static SdkBytes readBlob(JsonNode value, String path) {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(value.textValue()));
        } catch (IllegalArgumentException e) {
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION, "Member " + path + " is not valid base64.");
        }
    }

    private ObjectNode writeStructure(SdkPojo shape) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (SdkField<?> field : shape.sdkFields()) {
            Object value = field.getValueOrDefault(shape);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                node.set(field.locationName(), writeValue(field, value));
            }
        }
        return node;
    }

    private JsonNode writeValue(SdkField<?> field, Object value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            return json.numberNode(BigDecimal.valueOf(((Instant) value).toEpochMilli(), 3).stripTrailingZeros());
        }
        if (type == MarshallingType.SDK_BYTES) {
            return json.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe()));
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = json.arrayNode();
            ((Collection<?>) value).forEach(element -> array.add(writeValue(member, element)));
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode object = json.objectNode();
            ((Map<?, ?>) value).forEach((key, element) -> object.set((String) key, writeValue(valueField, element)));
            return object;
        }
        if (type == MarshallingType.SDK_POJO) {
            return writeStructure((SdkPojo) value);
        }
        return scalar(value);
    }

    /**
     * The node {@code valueToTree} would make of a scalar, made directly: {@code valueToTree} runs a serializer
     * lookup and a token buffer per value, a large part of encoding a response.
     */
    private static JsonNode scalar(Object value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (value instanceof String text) {
            return json.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return json.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return json.numberNode(number);
        }
        if (value instanceof Long number) {
            return json.numberNode(number);
        }
        return json.pojoNode(value); // written by the serializer valueToTree would have used
    }

    private Map<String, SdkField<?>> fieldsOf(SdkPojo shape) {
        return fieldsByShape.computeIfAbsent(shape.getClass(), type -> shape.sdkFields().stream()
                .collect(Collectors.toMap(SdkField::locationName, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    private static JsonNode require(boolean ok, String expected, JsonNode actual, String path) {
        if (!ok) {
            throw mismatch(path, expected, actual);
        }
        return actual;
    }

    private static CloudTrailApiException mismatch(String path, String expected, JsonNode actual) {
        return new CloudTrailApiException(ErrorCode.SERIALIZATION, "Expected " + expected + " for " + path + ", but got "
                + describe(actual) + ".");
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> "the boolean " + node.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static SdkPojo build(SdkPojo builder) {
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }

    /** The request shape's name, such as {@code CreateTrailRequest}, for messages. */
    private static String shapeName(SdkPojo builder) {
        String name = builder.getClass().getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
