package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;

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
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final Map<Class<?>, Map<String, SdkField<?>>> fieldsByShape = new ConcurrentHashMap<>();
    private final Function<SdkPojo, Map<String, SdkField<?>>> fieldsOfShape = this::fieldsOf;
    /**
     * Only Jackson's streaming core, which reads requests token by token (answers are written by a
     * {@link JsonBytesWriter}), so serving a call never loads Jackson's data binding, hundreds of classes that the
     * first test class of a JVM would wait for. A factory costs microseconds, so each codec has its own rather than a
     * JVM-wide one, built on first use so that a server is ready before it loads Jackson; two threads racing to build
     * it build equal ones.
     */
    private volatile JsonFactory json;

    /** A codec; it can be shared between threads. */
    public AwsJsonCodec() {
    }

    /**
     * Loads the classes that reading and writing a request take now rather than on the first request; a server
     * that is ready to serve calls it once it has said so. Idempotent and thread-safe.
     *
     * <pre>{@code
     * announce(server);
     * AwsJsonCodec.warmUp();
     * }</pre>
     */
    public static void warmUp() {
        AwsJsonCodec codec = new AwsJsonCodec();
        codec.encode(codec.decode(EMPTY_OBJECT, ListTrailsRequest.builder()));
    }

    private JsonFactory json() {
        JsonFactory factory = json;
        if (factory == null) {
            factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(64)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
            json = factory;
        }
        return factory;
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
        requireUtf8(body);
        try (JsonParser parser = json().createParser(body.length == 0 ? EMPTY_OBJECT : body)) {
            return new RequestBodyReader(parser, fieldsOfShape).read(builder);
        } catch (IOException e) {
            throw new CloudTrailApiException(ErrorCode.SERIALIZATION,
                    "The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Encodes a shape as a JSON object, leaving out absent members.
     *
     * @param shape a response or other SDK shape
     * @return the JSON, in UTF-8
     */
    public byte[] encode(SdkPojo shape) {
        JsonBytesWriter out = new JsonBytesWriter();
        writeStructure(out, shape);
        return out.toByteArray();
    }

    /**
     * Encodes an AWS JSON error body: {@code {"__type": code, "message": message}}.
     *
     * @param code the error code
     * @param message the error message
     * @return the JSON, in UTF-8
     */
    public byte[] encodeError(String code, String message) {
        return new JsonBytesWriter().startObject().name("__type").string(code).name("message").string(message)
                .endObject().toByteArray();
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

    private static void writeStructure(JsonBytesWriter out, SdkPojo shape) {
        out.startObject();
        for (SdkField<?> field : shape.sdkFields()) {
            Object value = field.getValueOrDefault(shape);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                out.name(field.locationName());
                writeValue(out, field, value);
            }
        }
        out.endObject();
    }

    private static void writeValue(JsonBytesWriter out, SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            out.millisAsSeconds(((Instant) value).toEpochMilli());
        } else if (type == MarshallingType.SDK_BYTES) {
            out.string(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe()));
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            out.startArray();
            for (Object element : (Collection<?>) value) {
                writeValue(out, member, element);
            }
            out.endArray();
        } else if (type == MarshallingType.MAP) {
            SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            out.startObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.name((String) entry.getKey());
                writeValue(out, valueField, entry.getValue());
            }
            out.endObject();
        } else if (type == MarshallingType.SDK_POJO) {
            writeStructure(out, (SdkPojo) value);
        } else {
            writeScalar(out, value);
        }
    }

    private static void writeScalar(JsonBytesWriter out, Object value) {
        if (value instanceof String text) {
            out.string(text);
        } else if (value instanceof Boolean bool) {
            out.bool(bool);
        } else if (value instanceof Integer number) {
            out.number(number.longValue());
        } else if (value instanceof Long number) {
            out.number(number.longValue());
        } else if (value instanceof Double number) {
            out.number(number.doubleValue());
        } else if (value == null) {
            out.nullValue();
        } else {
            throw new IllegalStateException("No JSON form for a " + value.getClass().getName());
        }
    }

    /** The shape's members by wire name; looked up before computing, as the computing lambda costs an object. */
    private Map<String, SdkField<?>> fieldsOf(SdkPojo shape) {
        Map<String, SdkField<?>> known = fieldsByShape.get(shape.getClass());
        return known != null ? known : fieldsByShape.computeIfAbsent(shape.getClass(), type -> shape.sdkFields()
                .stream()
                .collect(Collectors.toMap(SdkField::locationName, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
