package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads one request body into an SDK builder straight from the parser's tokens, with no JSON tree in between.
 *
 * <p>A body that is not JSON must be reported as such even when a member before the broken part has the wrong
 * type, as a parser that read the whole body first would: so the first mismatch (wrong type, unknown member, bad
 * timestamp or base64) is kept, its value skipped, and reading goes on to the end; the mismatch is thrown only if
 * the rest is well-formed JSON.
 *
 * <pre>{@code
 * SdkPojo request = new RequestBodyReader(parser, fieldsOf).read(CreateTrailRequest.builder());
 * }</pre>
 */
final class RequestBodyReader {
    /** What {@link #readValue} returns for a value it rejected. */
    private static final Object REJECTED = new Object();

    private final JsonParser parser;
    private final Function<SdkPojo, Map<String, SdkField<?>>> fieldsOf;
    private CloudTrailApiException firstMismatch;

    /**
     * @param parser a parser over the body, before its first token
     * @param fieldsOf each shape's members by wire name
     */
    RequestBodyReader(JsonParser parser, Function<SdkPojo, Map<String, SdkField<?>>> fieldsOf) {
        this.parser = parser;
        this.fieldsOf = fieldsOf;
    }

    /**
     * The body as the builder's shape, built.
     *
     * @throws IOException if the body is not well-formed JSON, or holds more than one value
     * @throws CloudTrailApiException {@code SerializationException} for the first value that does not fit
     */
    SdkPojo read(SdkPojo builder) throws IOException {
        JsonToken root = parser.nextToken();
        MemberPath path = MemberPath.of(builder);
        if (root == JsonToken.START_OBJECT) {
            readStructure(builder, path);
        } else {
            reject(path, "a JSON object", root);
        }
        if (root != null && parser.nextToken() != null) {
            throw new TrailingValueException(parser);
        }
        if (firstMismatch != null) {
            throw firstMismatch;
        }
        return build(builder);
    }

    /** Reads the members of an object whose start the parser is on, up to its end. */
    private void readStructure(SdkPojo builder, MemberPath path) throws IOException {
        Map<String, SdkField<?>> fields = fieldsOf.apply(builder);
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            SdkField<?> field = fields.get(name);
            if (field == null) {
                keep(new CloudTrailApiException(ErrorCode.SERIALIZATION, "Unknown member '" + name + "' in " + path
                        + "; expected one of " + fields.keySet() + "."));
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                Object read = readValue(field, value, path.member(name));
                if (read != REJECTED) {
                    field.set(builder, read);
                }
            }
        }
    }

    private Object readValue(SdkField<?> field, JsonToken value, MemberPath path) throws IOException {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value == JsonToken.VALUE_STRING ? parser.getText() : reject(path, "a string", value);
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.isBoolean() ? value == JsonToken.VALUE_TRUE : reject(path, "a boolean", value);
        }
        if (type == MarshallingType.INTEGER) {
            return isInteger(value, JsonParser.NumberType.INT) ? parser.getIntValue() : reject(path, "an integer", value);
        }
        if (type == MarshallingType.LONG) {
            return isInteger(value, JsonParser.NumberType.INT) || isInteger(value, JsonParser.NumberType.LONG)
                    ? parser.getLongValue() : reject(path, "a long integer", value);
        }
        if (type == MarshallingType.DOUBLE) {
            return value.isNumeric() ? parser.getDoubleValue() : reject(path, "a number", value);
        }
        if (type == MarshallingType.INSTANT) {
            return value.isNumeric() ? readTimestamp(path) : reject(path, "a timestamp in epoch seconds", value);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return value == JsonToken.VALUE_STRING ? readBlob(path) : reject(path, "a base64 string", value);
        }
        if (type == MarshallingType.LIST) {
            return value == JsonToken.START_ARRAY ? readList(field, path) : reject(path, "a JSON array", value);
        }
        if (type == MarshallingType.MAP) {
            return value == JsonToken.START_OBJECT ? readMap(field, path) : reject(path, "a JSON object", value);
        }
        if (type == MarshallingType.SDK_POJO) {
            if (value != JsonToken.START_OBJECT) {
                return reject(path, "a JSON object", value);
            }
            SdkPojo nested = field.constructor().get();
            readStructure(nested, path);
            return build(nested);
        }
        keep(new CloudTrailApiException(ErrorCode.SERIALIZATION, "Member " + path + " has an unsupported type."));
        parser.skipChildren();
        return REJECTED;
    }

    private boolean isInteger(JsonToken value, JsonParser.NumberType size) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == size;
    }

    private Object readList(SdkField<?> field, MemberPath path) throws IOException {
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        List<Object> list = new ArrayList<>();
        boolean whole = true;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            MemberPath elementPath = path.element(list.size());
            Object read = element == JsonToken.VALUE_NULL ? reject(elementPath, "a value", element)
                    : readValue(member, element, elementPath);
            whole &= read != REJECTED;
            list.add(read);
        }
        return whole ? list : REJECTED;
    }

    private Object readMap(SdkField<?> field, MemberPath path) throws IOException {
        SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        Map<String, Object> map = new LinkedHashMap<>();
        boolean whole = true;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            MemberPath entryPath = path.member(key);
            Object read = value == JsonToken.VALUE_NULL ? reject(entryPath, "a value", value)
                    : readValue(valueField, value, entryPath);
            whole &= read != REJECTED;
            map.put(key, read);
        }
        return whole ? map : REJECTED;
    }

    private Object readTimestamp(MemberPath path) throws IOException {
        BigDecimal seconds = parser.getDecimalValue();
        try {
            long wholeSeconds = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
            int nanos = seconds.subtract(BigDecimal.valueOf(wholeSeconds)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(wholeSeconds, nanos);
        } catch (ArithmeticException | DateTimeException e) {
            keep(new CloudTrailApiException(ErrorCode.SERIALIZATION,
                    "Member " + path + " is not a valid timestamp: " + seconds.toPlainString() + "."));
            return REJECTED;
        }
    }

    private Object readBlob(MemberPath path) throws IOException {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(parser.getText()));
        } catch (IllegalArgumentException e) {
            keep(new CloudTrailApiException(ErrorCode.SERIALIZATION, "Member " + path + " is not valid base64."));
            return REJECTED;
        }
    }

    /** Keeps a mismatch for the value the parser is on, skips that value, and returns {@link #REJECTED}. */
    private Object reject(MemberPath path, String expected, JsonToken actual) throws IOException {
        keep(new CloudTrailApiException(ErrorCode.SERIALIZATION, "Expected " + expected + " for " + path
                + ", but got " + describe(actual) + "."));
        if (actual != null) {
            parser.skipChildren();
        }
        return REJECTED;
    }

    private void keep(CloudTrailApiException mismatch) {
        if (firstMismatch == null) {
            firstMismatch = mismatch;
        }
    }

    /** The value the parser is on, in words; numbers as the value read, not as written. */
    private String describe(JsonToken token) throws IOException {
        if (token == null) {
            return "missing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "the number " + parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> "the number " + parser.getDecimalValue();
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + token.asString();
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "null";
        };
    }

    private static SdkPojo build(SdkPojo builder) {
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }

    /** A second value after the body's first: not one JSON document. */
    static final class TrailingValueException extends IOException {
        private static final long serialVersionUID = 1L;

        TrailingValueException(JsonParser parser) {
            super("another value follows the first, at line " + parser.currentTokenLocation().getLineNr()
                    + ", column " + parser.currentTokenLocation().getColumnNr());
        }
    }
}
