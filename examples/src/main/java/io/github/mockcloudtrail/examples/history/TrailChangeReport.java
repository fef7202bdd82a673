package io.github.mockcloudtrail.examples.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/**
 * Answers the audit question "who changed our CloudTrail trails lately, and who turned logging off?" from
 * CloudTrail's event history ({@code LookupEvents}), including attempts that CloudTrail refused.
 *
 * <pre>{@code
 * TrailChangeReport report = new TrailChangeReport(cloudTrail, Clock.systemUTC());
 * for (TrailChange stop : report.loggingStoppedInLast(Duration.ofDays(1))) {
 *     alert(stop.user() + " stopped logging on " + stop.trail() + " at " + stop.time());
 * }
 * }</pre>
 */
public final class TrailChangeReport {
    /** The calls that change a trail or what it logs. */
    static final Set<String> CHANGES = Set.of("CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging",
            "StopLogging", "PutEventSelectors", "PutInsightSelectors", "AddTags", "RemoveTags");
    /** The calls that stop a trail from logging. */
    static final Set<String> LOGGING_STOPPED = Set.of("StopLogging", "DeleteTrail");

    private final CloudTrailClient cloudTrail;
    private final Clock clock;

    /**
     * @param cloudTrail a client for the account and Region whose event history to read
     * @param clock what "now" is: the system clock in production, the mock's clock in tests
     */
    public TrailChangeReport(CloudTrailClient cloudTrail, Clock clock) {
        this.cloudTrail = cloudTrail;
        this.clock = clock;
    }

    /** Every change to a trail in the period before now, newest first. */
    public List<TrailChange> changesInLast(Duration period) {
        Instant end = clock.instant();
        return cloudTrail.lookupEventsPaginator(r -> r
                        .lookupAttributes(LookupAttribute.builder()
                                .attributeKey(LookupAttributeKey.EVENT_SOURCE)
                                .attributeValue("cloudtrail.amazonaws.com")
                                .build())
                        .startTime(end.minus(period))
                        .endTime(end))
                .events().stream()
                .filter(event -> CHANGES.contains(event.eventName()))
                .map(TrailChangeReport::change)
                .toList();
    }

    /** Who stopped a trail from logging (StopLogging or DeleteTrail) in the period before now, newest first. */
    public List<TrailChange> loggingStoppedInLast(Duration period) {
        return changesInLast(period).stream().filter(change -> LOGGING_STOPPED.contains(change.action())).toList();
    }

    private static TrailChange change(Event event) {
        JsonNode record = JsonNode.parser().parse(event.cloudTrailEvent());
        String trail = event.resources().stream().map(Resource::resourceName).findFirst()
                .or(() -> text(record.field("requestParameters").flatMap(parameters -> parameters.field("name"))))
                .orElse("?");
        return new TrailChange(event.eventTime(), event.username(), event.eventName(), trail,
                text(record.field("sourceIPAddress")).orElse("?"), record.field("errorCode").isEmpty());
    }

    private static Optional<String> text(Optional<JsonNode> node) {
        return node.filter(JsonNode::isString).map(JsonNode::text);
    }
}
