package io.github.mockcloudtrail.engine.history;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

/** The eight attributes {@code LookupEvents} filters on, and the values an event has for each. */
enum LookupKey {
    EVENT_ID(LookupAttributeKey.EVENT_ID, true, event -> single(event.eventId)),
    EVENT_NAME(LookupAttributeKey.EVENT_NAME, true, event -> single(event.eventName)),
    READ_ONLY(LookupAttributeKey.READ_ONLY, false, event -> single(event.readOnly)),
    USERNAME(LookupAttributeKey.USERNAME, false, event -> single(event.username)),
    RESOURCE_TYPE(LookupAttributeKey.RESOURCE_TYPE, false, event -> resources(event, ResourceRef::type)),
    RESOURCE_NAME(LookupAttributeKey.RESOURCE_NAME, false, event -> resources(event, ResourceRef::name)),
    EVENT_SOURCE(LookupAttributeKey.EVENT_SOURCE, true, event -> single(event.eventSource)),
    ACCESS_KEY_ID(LookupAttributeKey.ACCESS_KEY_ID, false, event -> single(event.accessKeyId));

    private final LookupAttributeKey sdkKey;
    private final boolean forInsights;
    private final Function<StoredEvent, List<String>> values;

    LookupKey(LookupAttributeKey sdkKey, boolean forInsights, Function<StoredEvent, List<String>> values) {
        this.sdkKey = sdkKey;
        this.forInsights = forInsights;
        this.values = values;
    }

    /** The key as it is written on the wire, such as {@code EventName}. */
    String wireName() {
        return sdkKey.toString();
    }

    /** Whether Insights events can be looked up by this key: only EventId, EventName and EventSource. */
    boolean forInsights() {
        return forInsights;
    }

    /** The event's values for this key: none, one, or one per resource. */
    List<String> valuesOf(StoredEvent event) {
        return values.apply(event);
    }

    static Optional<LookupKey> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(key -> key.wireName().equals(wireName)).findFirst();
    }

    static String wireNames() {
        return Arrays.stream(values()).map(LookupKey::wireName).collect(Collectors.joining(", "));
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> resources(StoredEvent event, Function<ResourceRef, String> part) {
        if (event.resources.length == 0) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (ResourceRef resource : event.resources) {
            String value = part.apply(resource);
            if (value != null) {
                distinct.add(value);
            }
        }
        return List.copyOf(distinct);
    }
}
