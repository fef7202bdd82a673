package io.github.mockcloudtrail.engine.history;

import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.TimeRanges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/**
 * {@code LookupEvents}: the caller's account and Region, at most one lookup attribute, an inclusive
 * time range within the lookup window (90 days by default, on the mock's clock), newest first, pages
 * of 1 to 50 (50 by default), management events unless {@code EventCategory} is {@code insight}.
 *
 * <pre>{@code
 * EventLookup lookup = new EventLookup(engine.history(), clock);
 * LookupEventsResponse page = lookup.lookup(caller, LookupEventsRequest.builder().maxResults(10).build());
 * }</pre>
 */
public final class EventLookup {
    static final int DEFAULT_MAX_RESULTS = 50;
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 2000;
    private static final String INSIGHT = "insight";

    private final EventHistory history;
    private final Clock clock;

    /**
     * A lookup over a history; the clock sets the end of the lookup window.
     *
     * @param history the events
     * @param clock the mock's clock
     */
    public EventLookup(EventHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /**
     * Answers one {@code LookupEvents} request, as CloudTrail does.
     *
     * @param caller whose account and Region are searched
     * @param request the request
     * @return one page of events, newest first
     * @throws CloudTrailApiException for attributes, time ranges, page sizes or tokens CloudTrail rejects
     */
    public LookupEventsResponse lookup(Caller caller, LookupEventsRequest request) {
        EventCategory category = category(request.eventCategoryAsString());
        LookupAttribute attribute = attribute(request.lookupAttributes(), category);
        LookupKey key = attribute == null ? null : LookupKey.fromWireName(attribute.attributeKeyAsString()).orElseThrow();
        String value = attribute == null ? null : attribute.attributeValue();
        Instant start = request.startTime();
        Instant end = request.endTime();
        TimeRanges.requireOrdered(start, end);
        int limit = maxResults(request.maxResults());
        String fingerprint = LookupToken.fingerprint(caller.accountId(), caller.region(), category.name(),
                key == null ? "" : key.name(), Objects.toString(value, ""), Objects.toString(start, ""),
                Objects.toString(end, ""));
        LookupToken from = request.nextToken() == null ? firstPage(fingerprint, start, end)
                : LookupToken.parse(request.nextToken(), fingerprint);
        HistoryQuery query = new HistoryQuery(category, key, value, from.minTime(), from.afterTime(),
                from.afterSeq(), from.watermark());
        List<StoredEvent> page = history.page(caller.accountId(), caller.region(), query, limit + 1);
        LookupEventsResponse.Builder response = LookupEventsResponse.builder()
                .events(page.stream().limit(limit).map(EventLookup::event).toList());
        if (page.size() > limit) {
            StoredEvent last = page.get(limit - 1);
            response.nextToken(new LookupToken(fingerprint, from.minTime(), last.time, last.seq - 1, from.watermark())
                    .encode());
        }
        return response.build();
    }

    /** The first page starts at the end of the range and reaches back to its start, or to the lookup window. */
    private LookupToken firstPage(String fingerprint, Instant start, Instant end) {
        long minTime = start == null ? Long.MIN_VALUE : start.toEpochMilli();
        Duration window = history.lookupWindow();
        if (!window.isZero()) {
            minTime = Math.max(minTime, clock.instant().minus(window).toEpochMilli());
        }
        long maxTime = end == null ? Long.MAX_VALUE : end.toEpochMilli();
        return new LookupToken(fingerprint, minTime, maxTime, Long.MAX_VALUE, history.lastSeq());
    }

    private static EventCategory category(String eventCategory) {
        if (eventCategory == null) {
            return EventCategory.MANAGEMENT;
        }
        if (!eventCategory.equals(INSIGHT)) {
            throw new CloudTrailApiException(ErrorCode.INVALID_EVENT_CATEGORY, "EventCategory '" + eventCategory
                    + "' is not valid; the only event category is 'insight'. Leave it out for management events.");
        }
        return EventCategory.INSIGHT;
    }

    private static LookupAttribute attribute(List<LookupAttribute> attributes, EventCategory category) {
        if (attributes.isEmpty()) {
            return null;
        }
        if (attributes.size() > 1) {
            throw invalidAttributes("LookupAttributes can contain only one attribute, but has " + attributes.size()
                    + ".");
        }
        LookupAttribute attribute = attributes.get(0);
        String path = "lookupAttributes.1.member.";
        if (attribute.attributeKeyAsString() == null || attribute.attributeValue() == null) {
            throw new CloudTrailApiException(ErrorCode.VALIDATION, "1 validation error detected: Value null at '" + path
                    + (attribute.attributeKeyAsString() == null ? "attributeKey" : "attributeValue")
                    + "' failed to satisfy constraint: Member must not be null");
        }
        String value = attribute.attributeValue();
        if (value.isEmpty() || value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
            throw new CloudTrailApiException(ErrorCode.VALIDATION, "1 validation error detected: Value '"
                    + abbreviate(value) + "' at '" + path + "attributeValue' failed to satisfy constraint: Member must"
                    + " have length between 1 and " + MAX_ATTRIBUTE_VALUE_LENGTH);
        }
        LookupKey key = LookupKey.fromWireName(attribute.attributeKeyAsString()).orElseThrow(() -> invalidAttributes(
                "AttributeKey '" + attribute.attributeKeyAsString() + "' is not valid; use one of "
                        + LookupKey.wireNames() + "."));
        if (category == EventCategory.INSIGHT && !key.forInsights()) {
            throw invalidAttributes("Insights events cannot be looked up by " + key.wireName()
                    + "; use EventId, EventName or EventSource.");
        }
        if (key == LookupKey.READ_ONLY && !value.equals("true") && !value.equals("false")) {
            throw invalidAttributes("The value of ReadOnly must be 'true' or 'false', not '" + abbreviate(value) + "'.");
        }
        return attribute;
    }

    private static int maxResults(Integer maxResults) {
        if (maxResults == null) {
            return DEFAULT_MAX_RESULTS;
        }
        if (maxResults < 1 || maxResults > DEFAULT_MAX_RESULTS) {
            throw new CloudTrailApiException(ErrorCode.INVALID_MAX_RESULTS, "MaxResults " + maxResults
                    + " is not valid; it must be from 1 to 50.");
        }
        return maxResults;
    }

    private static Event event(StoredEvent stored) {
        return Event.builder()
                .eventId(stored.eventId)
                .eventName(stored.eventName)
                .readOnly(stored.readOnly)
                .accessKeyId(stored.accessKeyId)
                .eventTime(Instant.ofEpochMilli(stored.time))
                .eventSource(stored.eventSource)
                .username(stored.username)
                .resources(Arrays.stream(stored.resources)
                        .map(resource -> Resource.builder().resourceType(resource.type()).resourceName(resource.name())
                                .build())
                        .toList())
                .cloudTrailEvent(stored.json())
                .build();
    }

    private static CloudTrailApiException invalidAttributes(String message) {
        return new CloudTrailApiException(ErrorCode.INVALID_LOOKUP_ATTRIBUTES, message);
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }
}
