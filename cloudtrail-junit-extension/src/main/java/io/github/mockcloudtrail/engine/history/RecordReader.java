package io.github.mockcloudtrail.engine.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads CloudTrail records from the formats users have them in, telling them apart by content:
 * <ul>
 *   <li>log files as CloudTrail delivers them to S3, {@code {"Records":[...]}}, plain or gzipped;</li>
 *   <li>JSON lines (or any sequence of JSON objects), one record each, or a JSON array of records;</li>
 *   <li>saved {@code aws cloudtrail lookup-events} output, {@code {"Events":[...]}}, whose
 *       {@code CloudTrailEvent} strings are the records and whose other fields are what CloudTrail's
 *       event history derived from them.</li>
 * </ul>
 * Records keep every field as written: each record's own text is kept, not a re-serialization.
 *
 * <pre>{@code
 * List<ParsedEvent> events = new RecordReader(fields).read(RecordReader.utf8(bytes), "audit.json.gz");
 * }</pre>
 */
final class RecordReader {
    private static final ObjectReader READER = new ObjectMapper().reader();
    /** The members lookups derive from; the rest of a record (its bulk) is kept as text but not parsed into a tree. */
    private static final Set<String> DERIVED_FROM = Set.of("eventID", "eventTime", "eventName", "eventSource",
            "awsRegion", "recipientAccountId", "readOnly", "eventCategory", "eventType", "managementEvent",
            "userIdentity", "resources", "insightDetails");

    private final RecordFields fields;

    RecordReader(RecordFields fields) {
        this.fields = fields;
    }

    /** A file's UTF-8 bytes, un-gzipped when they are gzip (whatever the file name says). */
    static byte[] utf8(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("not a readable gzip stream: " + e.getMessage(), e);
            }
        }
        return bytes;
    }

    /**
     * Reads every record of a text.
     *
     * @throws IllegalArgumentException naming the source and the record, if the text is not JSON or a
     *     record lacks what a CloudTrail record always has
     */
    List<ParsedEvent> read(String text, String source) {
        return read(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** Reads every record of UTF-8 text; the byte parser is the faster one, and records are cut from the bytes. */
    List<ParsedEvent> read(byte[] text, String source) {
        List<ParsedEvent> events = new ArrayList<>();
        try (JsonParser parser = READER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    readArray(parser, text, source, false, events);
                } else if (token == JsonToken.START_OBJECT) {
                    readRootObject(parser, text, source, events);
                } else {
                    throw new IllegalArgumentException(source + ": expected JSON objects, but found " + token
                            + " at line " + parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        return events;
    }

    /** A root object is a wrapper ({@code Records} or {@code Events}) or, in JSON lines, a record itself. */
    private void readRootObject(JsonParser parser, byte[] text, String source, List<ParsedEvent> events)
            throws IOException {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        boolean wrapper = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((name.equals("Records") || name.equals("Events")) && value == JsonToken.START_ARRAY) {
                wrapper = true;
                readArray(parser, text, source, name.equals("Events"), events);
            } else if (wrapper || !DERIVED_FROM.contains(name)) {
                parser.skipChildren();
            } else {
                record.set(name, parser.readValueAsTree());
            }
        }
        if (!wrapper) {
            int end = (int) parser.currentLocation().getByteOffset();
            events.add(parse(record, new String(text, start, end - start, StandardCharsets.UTF_8), source, events.size()));
        }
    }

    private void readArray(JsonParser parser, byte[] text, String source, boolean lookupOutput,
            List<ParsedEvent> events) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int start = (int) parser.currentTokenLocation().getByteOffset();
            if (lookupOutput) {
                events.add(lookupOutputEvent(parser.readValueAsTree(), source, events.size()));
            } else {
                JsonNode record = derivedFrom(parser);
                int end = (int) parser.currentLocation().getByteOffset();
                events.add(parse(record, new String(text, start, end - start, StandardCharsets.UTF_8), source,
                        events.size()));
            }
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException(source + ": record " + (events.size() + 1) + " is not a JSON object");
        }
    }

    /** The members of the object the parser is at that lookups derive from; leaves the parser at its end. */
    private static JsonNode derivedFrom(JsonParser parser) throws IOException {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("userIdentity") && parser.currentToken() == JsonToken.START_OBJECT) {
                record.set(name, scalarsOf(parser));
            } else if (DERIVED_FROM.contains(name)) {
                record.set(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
        return record;
    }

    /** The scalar members of an object (a user identity's session context is not needed). */
    private static JsonNode scalarsOf(JsonParser parser) throws IOException {
        ObjectNode scalars = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue()) {
                scalars.set(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
        return scalars;
    }

    /** An element of {@code lookup-events} output: the record is its CloudTrailEvent; the rest is kept as reported. */
    private ParsedEvent lookupOutputEvent(JsonNode element, String source, int index) {
        String json = RecordFields.text(element.path("CloudTrailEvent"));
        if (json == null) {
            throw new IllegalArgumentException(source + ": event " + (index + 1) + " has no CloudTrailEvent");
        }
        JsonNode record;
        try {
            record = READER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": the CloudTrailEvent of event " + (index + 1)
                    + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        ParsedEvent derived = parse(record, json, source, index);
        List<ResourceRef> resources = new ArrayList<>();
        element.path("Resources").forEach(resource -> resources.add(new ResourceRef(
                RecordFields.text(resource.path("ResourceType")), RecordFields.text(resource.path("ResourceName")))));
        JsonNode time = element.path("EventTime");
        return new ParsedEvent(derived.account(), derived.region(), derived.category(),
                or(element, "EventId", derived.eventId()), or(element, "EventName", derived.eventName()),
                or(element, "EventSource", derived.eventSource()), or(element, "ReadOnly", derived.readOnly()),
                or(element, "AccessKeyId", derived.accessKeyId()), or(element, "Username", derived.username()),
                element.has("Resources") ? resources.toArray(ResourceRef.NONE) : derived.resources(),
                time.isMissingNode() ? derived.time() : RecordFields.time(time, ""), json, null);
    }

    private ParsedEvent parse(JsonNode record, String json, String source, int index) {
        try {
            return fields.parse(record, json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": record " + (index + 1) + " cannot be seeded: "
                    + e.getMessage(), e);
        }
    }

    private static String or(JsonNode element, String field, String otherwise) {
        String value = RecordFields.text(element.path(field));
        return value != null ? value : otherwise;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable input" : message.lines().findFirst().orElse(message);
    }
}
