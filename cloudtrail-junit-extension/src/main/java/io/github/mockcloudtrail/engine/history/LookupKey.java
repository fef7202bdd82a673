package io.github.mockcloudtrail.engine.history;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

/** The eight attributes {@code LookupEvents} filters on; {@link Segment} indexes events by each. */
enum LookupKey {
    EVENT_ID(LookupAttributeKey.EVENT_ID, true),
    EVENT_NAME(LookupAttributeKey.EVENT_NAME, true),
    READ_ONLY(LookupAttributeKey.READ_ONLY, false),
    USERNAME(LookupAttributeKey.USERNAME, false),
    RESOURCE_TYPE(LookupAttributeKey.RESOURCE_TYPE, false),
    RESOURCE_NAME(LookupAttributeKey.RESOURCE_NAME, false),
    EVENT_SOURCE(LookupAttributeKey.EVENT_SOURCE, true),
    ACCESS_KEY_ID(LookupAttributeKey.ACCESS_KEY_ID, false);

    private final LookupAttributeKey sdkKey;
    private final boolean forInsights;

    LookupKey(LookupAttributeKey sdkKey, boolean forInsights) {
        this.sdkKey = sdkKey;
        this.forInsights = forInsights;
    }

    /** The key as it is written on the wire, such as {@code EventName}. */
    String wireName() {
        return sdkKey.toString();
    }

    /** Whether Insights events can be looked up by this key: only EventId, EventName and EventSource. */
    boolean forInsights() {
        return forInsights;
    }

    static Optional<LookupKey> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(key -> key.wireName().equals(wireName)).findFirst();
    }

    static String wireNames() {
        return Arrays.stream(values()).map(LookupKey::wireName).collect(Collectors.joining(", "));
    }
}
