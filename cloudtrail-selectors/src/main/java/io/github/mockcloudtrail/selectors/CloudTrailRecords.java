package io.github.mockcloudtrail.selectors;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/** Reads {@link EventDescription}s from CloudTrail records and {@code LookupEvents} results. */
final class CloudTrailRecords {
    private static final JsonNodeParser PARSER = JsonNode.parser();

    private CloudTrailRecords() {
    }

    static EventDescription parse(String json) {
        Map<String, JsonNode> record = object(json);
        EventDescription.Builder event = EventDescription.builder()
                .eventSource(requiredText(record, "eventSource"))
                .eventName(requiredText(record, "eventName"))
                .readOnly(flag(record.get("readOnly")).orElse(null))
                .category(category(record));
        Optional.ofNullable(record.get("resources")).filter(JsonNode::isArray).ifPresent(resources -> {
            for (JsonNode resource : resources.asArray()) {
                addResource(event, resource);
            }
        });
        Optional.ofNullable(record.get("insightDetails"))
                .flatMap(details -> details.field("insightType"))
                .filter(JsonNode::isString)
                .ifPresent(type -> event.insightType(type.asString()));
        return event.build();
    }

    static EventDescription fromLookupEvent(Event event) {
        if (event.cloudTrailEvent() != null) {
            return parse(event.cloudTrailEvent());
        }
        EventDescription.Builder description = EventDescription.management(event.eventSource(), event.eventName())
                .readOnly(event.readOnly() == null ? null : Boolean.valueOf(event.readOnly()));
        for (Resource resource : event.resources()) {
            if (resource.resourceType() != null && resource.resourceName() != null
                    && resource.resourceName().startsWith("arn:")) {
                description.resource(resource.resourceType(), resource.resourceName());
            }
        }
        return description.build();
    }

    private static Map<String, JsonNode> object(String json) {
        JsonNode root;
        try {
            root = PARSER.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a CloudTrail record: the text is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("Not a CloudTrail record: expected a JSON object, got " + root.text());
        }
        return root.asObject();
    }

    private static String requiredText(Map<String, JsonNode> record, String field) {
        JsonNode value = record.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("Not a CloudTrail record: it has no " + field);
        }
        return value.asString();
    }

    /** Records write {@code readOnly} as a boolean; some producers write the string {@code "true"}. */
    private static Optional<Boolean> flag(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isString() && (value.asString().equalsIgnoreCase("true") || value.asString().equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.valueOf(value.asString()));
        }
        return Optional.empty();
    }

    private static EventDescription.Category category(Map<String, JsonNode> record) {
        JsonNode category = record.get("eventCategory");
        if (category != null && category.isString()) {
            Optional<EventDescription.Category> known = EventDescription.Category.fromValue(category.asString());
            if (known.isPresent()) {
                return known.get();
            }
        }
        JsonNode eventType = record.get("eventType");
        if (eventType != null && eventType.isString() && eventType.asString().equals("AwsCloudTrailInsight")) {
            return EventDescription.Category.INSIGHT;
        }
        return flag(record.get("managementEvent")).orElse(true)
                ? EventDescription.Category.MANAGEMENT
                : EventDescription.Category.DATA;
    }

    private static void addResource(EventDescription.Builder event, JsonNode resource) {
        if (!resource.isObject()) {
            return;
        }
        Optional<String> type = resource.field("type").filter(JsonNode::isString).map(JsonNode::asString);
        Optional<String> arn = resource.field("ARN").or(() -> resource.field("ARNPrefix"))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
        if (type.isPresent() && arn.isPresent()) {
            event.resource(type.get(), arn.get());
        }
    }
}
