package io.github.mockcloudtrail.engine.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Derives what {@code LookupEvents} reports (user name, access key, read-only flag, resources, time,
 * category) and where the record is filed (account and Region) from a CloudTrail record, the way
 * CloudTrail's event history shows them.
 *
 * <pre>{@code
 * ParsedEvent event = new RecordFields(interner, "123456789012", "us-east-1").parse(recordNode, recordJson);
 * }</pre>
 */
final class RecordFields {
    private final Interner interner;
    private final String defaultAccount;
    private final String defaultRegion;

    RecordFields(Interner interner, String defaultAccount, String defaultRegion) {
        this.interner = interner;
        this.defaultAccount = defaultAccount;
        this.defaultRegion = defaultRegion;
    }

    /**
     * Reads a record.
     *
     * @throws IllegalArgumentException if the record has no eventID, eventTime, eventName or eventSource
     */
    ParsedEvent parse(JsonNode record, String json) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("a CloudTrail record must be a JSON object");
        }
        EventCategory category = category(record);
        JsonNode details = category == EventCategory.INSIGHT ? record.path("insightDetails") : record;
        JsonNode identity = record.path("userIdentity");
        return new ParsedEvent(
                firstText(defaultAccount, record.path("recipientAccountId"), identity.path("accountId")),
                firstText(defaultRegion, record.path("awsRegion")),
                category,
                required(record, "eventID"),
                interner.intern(text(record.path("eventName")) != null ? required(record, "eventName")
                        : required(details, "eventName")),
                interner.intern(text(record.path("eventSource")) != null ? required(record, "eventSource")
                        : required(details, "eventSource")),
                readOnly(record.path("readOnly")),
                interner.intern(text(identity.path("accessKeyId"))),
                interner.intern(username(identity)),
                resources(record.path("resources")),
                time(required(record, "eventTime")),
                json,
                null);
    }

    /**
     * Derives, without writing and reading its record, what {@link #parse} would derive from the record that
     * {@link RecordWriter#apiCall} writes for the call: a recorded call costs no JSON until a lookup returns it.
     */
    ParsedEvent ofCall(RecordWriter.ApiCall call) {
        RecordWriter.ApiCall shared = call.sharing(interner);
        return new ParsedEvent(shared.account(), shared.region(), EventCategory.MANAGEMENT, required(call.eventId(),
                "eventID"), required(shared.eventName(), "eventName"), required(shared.eventSource(), "eventSource"),
                Boolean.toString(call.readOnly()), nonEmpty(shared.accessKeyId()), nonEmpty(shared.username()),
                namedResources(call.resources()), call.time().getEpochSecond() * 1000, null, shared);
    }

    /**
     * The resources that have a name, with their types and names shared through the interner: the call's own array
     * when that is all of them, already shared, so that an event keeps one array for its record and its lookups.
     */
    private ResourceRef[] namedResources(ResourceRef[] written) {
        ResourceRef[] named = new ResourceRef[written.length];
        int count = 0;
        boolean asWritten = true;
        for (ResourceRef resource : written) {
            if (nonEmpty(resource.name()) == null) {
                asWritten = false;
                continue;
            }
            String type = interner.intern(nonEmpty(resource.type()));
            String name = interner.intern(resource.name());
            asWritten &= type == resource.type() && name == resource.name();
            named[count++] = new ResourceRef(type, name);
        }
        if (count == 0) {
            return ResourceRef.NONE;
        }
        return asWritten ? written : count == named.length ? named : Arrays.copyOf(named, count);
    }

    private static String required(String value, String field) {
        if (nonEmpty(value) == null) {
            throw new IllegalArgumentException("the record has no " + field);
        }
        return value;
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Insights events say so in eventCategory or eventType; data events in eventCategory or managementEvent. */
    static EventCategory category(JsonNode record) {
        String category = text(record.path("eventCategory"));
        if ("Insight".equals(category) || "AwsCloudTrailInsight".equals(text(record.path("eventType")))) {
            return EventCategory.INSIGHT;
        }
        if ("Data".equals(category) || category == null && record.path("managementEvent").isBoolean()
                && !record.path("managementEvent").booleanValue()) {
            return EventCategory.DATA;
        }
        return EventCategory.MANAGEMENT;
    }

    /**
     * The user name event history shows: the IAM user's name, {@code root} for the root user, the session
     * name of an assumed role or federated user (the last part of its ARN), the service for AWS services.
     */
    static String username(JsonNode identity) {
        String type = text(identity.path("type"));
        if ("Root".equals(type)) {
            return "root";
        }
        String userName = text(identity.path("userName"));
        if (userName != null) {
            return userName;
        }
        String arn = text(identity.path("arn"));
        if (("AssumedRole".equals(type) || "FederatedUser".equals(type)) && arn != null) {
            return arn.substring(arn.lastIndexOf('/') + 1);
        }
        return text(identity.path("invokedBy"));
    }

    /** Event time: ISO-8601 with Z or an offset, or epoch seconds (as {@code lookup-events} writes it raw). */
    static long time(JsonNode value, String what) {
        if (value.isNumber()) {
            return Math.round(value.doubleValue() * 1000);
        }
        return time(value.asText(what));
    }

    static long time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("eventTime '" + text + "' is not an ISO-8601 time such as"
                        + " 2024-03-01T12:00:00Z");
            }
        }
    }

    static String readOnly(JsonNode value) {
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        String text = text(value);
        return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text) ? text.toLowerCase() : null;
    }

    private ResourceRef[] resources(JsonNode resources) {
        if (!resources.isArray() || resources.isEmpty()) {
            return ResourceRef.NONE;
        }
        List<ResourceRef> refs = new ArrayList<>();
        for (JsonNode resource : resources) {
            String name = firstText(null, resource.path("ARN"), resource.path("arn"));
            if (name != null) {
                refs.add(new ResourceRef(interner.intern(text(resource.path("type"))), name));
            }
        }
        return refs.toArray(ResourceRef.NONE);
    }

    static String required(JsonNode record, String field) {
        return required(text(record.path(field)), field);
    }

    /** A non-empty text value, or null. */
    static String text(JsonNode value) {
        return value.isTextual() ? nonEmpty(value.textValue()) : null;
    }

    private static String firstText(String otherwise, JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            String text = text(candidate);
            if (text != null) {
                return text;
            }
        }
        return otherwise;
    }
}
