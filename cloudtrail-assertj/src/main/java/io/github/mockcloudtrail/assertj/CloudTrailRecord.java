package io.github.mockcloudtrail.assertj;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The fields of one CloudTrail record that assertions look at, read from the record's JSON, as CloudTrail
 * writes it to S3 or returns it in a {@code LookupEvents} result's {@code CloudTrailEvent}.
 *
 * <pre><code class='java'> CloudTrailRecord record = CloudTrailRecord.parse(event.cloudTrailEvent());
 * record.eventName();                    // "StopLogging"
 * record.userIdentityType();             // Optional[IAMUser]
 * record.requestParameters().get("name"); // "org-audit"
 * record.errorCode();                    // Optional.empty for a call that succeeded</code></pre>
 */
public final class CloudTrailRecord {
    private final String json;
    private final Map<String, JsonNode> fields;

    private CloudTrailRecord(String json, Map<String, JsonNode> fields) {
        this.json = json;
        this.fields = fields;
    }

    /**
     * Reads a record.
     *
     * @throws IllegalArgumentException if the text is not a JSON object with {@code eventName} and
     *     {@code eventSource}
     * @param json one record as JSON
     * @return the record
     */
    public static CloudTrailRecord parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonNode.parser().parse(json);
        } catch (RuntimeException notJson) {
            throw new IllegalArgumentException("Not a CloudTrail record, not even JSON: " + notJson.getMessage(), notJson);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("Not a CloudTrail record: not a JSON object");
        }
        CloudTrailRecord record = new CloudTrailRecord(json, root.asObject());
        for (String required : new String[] {"eventName", "eventSource"}) {
            if (record.text(required).isEmpty()) {
                throw new IllegalArgumentException("Not a CloudTrail record: it has no " + required);
            }
        }
        return record;
    }

    /** {@return the API operation, such as {@code StopLogging}} */
    public String eventName() {
        return text("eventName").orElseThrow();
    }

    /** {@return the service that received the call, such as {@code cloudtrail.amazonaws.com}} */
    public String eventSource() {
        return text("eventSource").orElseThrow();
    }

    /** {@return when the call was made, as the record writes it, such as {@code 2024-03-01T12:30:00Z}} */
    public Optional<String> eventTime() {
        return text("eventTime");
    }

    /** {@return the caller's identity type, such as {@code IAMUser}, {@code AssumedRole} or {@code Root}} */
    public Optional<String> userIdentityType() {
        return userIdentity("type");
    }

    /** {@return the caller's ARN, such as {@code arn:aws:iam::123456789012:user/alice}} */
    public Optional<String> userIdentityArn() {
        return userIdentity("arn");
    }

    /**
     * The top-level request parameters, in the record's order: strings as they are, other values (numbers,
     * booleans, objects, lists) as JSON. Empty when the record has none.
     *
     * @return parameter names to values
     */
    public Map<String, String> requestParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional.ofNullable(fields.get("requestParameters")).filter(JsonNode::isObject)
                .ifPresent(object -> object.asObject().forEach((name, value) -> parameters.put(name, textOf(value))));
        return parameters;
    }

    /** {@return the error code of a call that failed, such as {@code TrailNotFoundException}} */
    public Optional<String> errorCode() {
        return text("errorCode");
    }

    /** {@return the error message of a call that failed} */
    public Optional<String> errorMessage() {
        return text("errorMessage");
    }

    /** {@return the record as it was read} */
    public String json() {
        return json;
    }

    /** Reads like {@code StopLogging from cloudtrail.amazonaws.com at 2024-03-01T12:30:00Z}. */
    @Override
    public String toString() {
        return eventName() + " from " + eventSource() + eventTime().map(time -> " at " + time).orElse("");
    }

    private Optional<String> userIdentity(String field) {
        return Optional.ofNullable(fields.get("userIdentity"))
                .flatMap(identity -> identity.field(field))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
    }

    private Optional<String> text(String field) {
        return Optional.ofNullable(fields.get(field)).filter(JsonNode::isString).map(JsonNode::asString);
    }

    private static String textOf(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.asNumber();
        }
        return value.toString();
    }
}
