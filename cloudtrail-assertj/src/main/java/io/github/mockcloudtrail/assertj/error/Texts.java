package io.github.mockcloudtrail.assertj.error;

import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.assertj.CloudTrailRecord;
import io.github.mockcloudtrail.selectors.SelectorEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Renders CloudTrail values for failure messages as people read them, instead of the SDK's
 * {@code toString()}: a trail's configuration and status one setting a line, selectors through the
 * shared {@code SelectorRenderer}, events and recorded calls one a line.
 */
final class Texts {
    /** Event lists longer than this are cut, saying how many more there are. */
    static final int MAX_EVENT_LINES = 20;
    /** Call lists show at most this many calls, those marked first, saying how many more there are. */
    static final int MAX_CALL_LINES = 20;

    private Texts() {
    }

    /** {@code "value"}, or {@code none}. */
    static String quote(String value) {
        return value == null ? "none" : "\"" + value + "\"";
    }

    /** {@code trail "org-audit"} for the trail's name or ARN, or {@code the trail} when neither is known. */
    static String trail(String nameOrArn) {
        return nameOrArn == null ? "the trail" : "trail " + quote(trailNameOf(nameOrArn));
    }

    /** The name in a trail ARN ({@code arn:aws:cloudtrail:REGION:ACCOUNT:trail/NAME}), or null. */
    static String trailNameOf(String trailArn) {
        if (trailArn == null) {
            return null;
        }
        int slash = trailArn.indexOf(":trail/");
        return slash < 0 ? trailArn : trailArn.substring(slash + ":trail/".length());
    }

    @SuppressWarnings("deprecation") // SnsTopicName is deprecated in the model; shown when there is no ARN
    static List<String> configuration(Trail trail) {
        List<String> lines = new ArrayList<>();
        lines.add("Configuration of " + trail(trail.name()) + ":");
        lines.add("  ARN: " + orNone(trail.trailARN()));
        lines.add("  home Region: " + orNone(trail.homeRegion()));
        lines.add("  multi-Region: " + yesNo(trail.isMultiRegionTrail()));
        lines.add("  organization trail: " + yesNo(trail.isOrganizationTrail()));
        lines.add("  S3 bucket: " + orNone(trail.s3BucketName()));
        lines.add("  S3 key prefix: " + orNone(trail.s3KeyPrefix()));
        lines.add("  log file validation: " + enabled(trail.logFileValidationEnabled()));
        lines.add("  KMS key: " + orNone(trail.kmsKeyId()));
        lines.add("  global service events: " + (trail.includeGlobalServiceEvents() == null ? "not set"
                : trail.includeGlobalServiceEvents() ? "included" : "excluded"));
        lines.add("  SNS topic: " + orNone(trail.snsTopicARN() != null ? trail.snsTopicARN() : trail.snsTopicName()));
        lines.add("  CloudWatch Logs log group: " + orNone(trail.cloudWatchLogsLogGroupArn()));
        return lines;
    }

    static List<String> status(String trail, GetTrailStatusResponse status) {
        List<String> lines = new ArrayList<>();
        lines.add("Status of " + trail(trail) + ":");
        lines.add("  logging: " + yesNo(status.isLogging()));
        addIfPresent(lines, "started logging", status.startLoggingTime());
        addIfPresent(lines, "stopped logging", status.stopLoggingTime());
        addIfPresent(lines, "latest delivery", status.latestDeliveryTime());
        for (Map.Entry<String, String> error : deliveryErrors(status).entrySet()) {
            lines.add("  " + error.getKey() + ": " + error.getValue());
        }
        return lines;
    }

    /** The delivery errors a status reports, by what failed to be delivered. */
    static Map<String, String> deliveryErrors(GetTrailStatusResponse status) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        putIfPresent(errors, "latest delivery error", status.latestDeliveryError());
        putIfPresent(errors, "latest digest delivery error", status.latestDigestDeliveryError());
        putIfPresent(errors, "latest notification error", status.latestNotificationError());
        putIfPresent(errors, "latest CloudWatch Logs delivery error", status.latestCloudWatchLogsDeliveryError());
        return errors;
    }

    /** The selectors of a {@code GetEventSelectors} answer, one a line under a heading naming the trail. */
    static List<String> selectors(GetEventSelectorsResponse selectors) {
        List<String> lines = new ArrayList<>();
        lines.add("Event selectors of " + trail(selectors.trailARN()) + ":");
        SelectorEvaluator.of(selectors).toString().lines().forEach(line -> lines.add("  " + line));
        return lines;
    }

    static String insightTypes(List<InsightSelector> insightSelectors) {
        return insightSelectors.isEmpty() ? "none"
                : insightSelectors.stream().map(InsightSelector::insightTypeAsString).collect(Collectors.joining(", "));
    }

    static String tags(List<Tag> tags) {
        return tags.isEmpty() ? "none" : tags.stream().map(Texts::tag).collect(Collectors.joining(", "));
    }

    /** {@code key=value}, or {@code key} for a tag without value. */
    static String tag(Tag tag) {
        return tag(tag.key(), tag.value());
    }

    static String tag(String key, String value) {
        return value == null || value.isEmpty() ? key : key + "=" + value;
    }

    /** The events one a line, numbered by position, at most {@link #MAX_EVENT_LINES}. */
    static List<String> events(List<Event> events) {
        return events(events, event -> true);
    }

    /** The events that {@code shown} picks, one a line, numbered by their position among all the events. */
    static List<String> events(List<Event> events, Predicate<Event> shown) {
        List<String> lines = new ArrayList<>();
        int more = 0;
        for (int i = 0; i < events.size(); i++) {
            if (shown.test(events.get(i))) {
                if (lines.size() < MAX_EVENT_LINES) {
                    lines.add("  " + i + ": " + eventLine(events.get(i)));
                } else {
                    more++;
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add("  (no events)");
        }
        if (more > 0) {
            lines.add("  ... and " + more + " more");
        }
        return lines;
    }

    /** Reads like {@code 2024-03-01T12:05:00Z DeleteTrail from cloudtrail.amazonaws.com by mock-user (write)}. */
    static String eventLine(Event event) {
        String resources = event.resources().isEmpty() ? "" : " on " + event.resources().stream()
                .map(resource -> resource.resourceType() + " " + resource.resourceName())
                .collect(Collectors.joining(", "));
        return event.eventTime() + " " + event.eventName() + " from " + event.eventSource() + " by " + event.username()
                + " (" + readWrite(event.readOnly()) + ")" + resources;
    }

    /** {@code event "DeleteTrail" of 2024-03-01T12:05:00Z}. */
    static String event(Event event) {
        return "event " + quote(event.eventName()) + " of " + event.eventTime();
    }

    static List<String> eventDetails(Event event) {
        List<String> lines = new ArrayList<>();
        lines.add("Event " + quote(event.eventName()) + ":");
        lines.add("  event ID: " + orNone(event.eventId()));
        lines.add("  event time: " + event.eventTime());
        lines.add("  event source: " + orNone(event.eventSource()));
        lines.add("  username: " + orNone(event.username()));
        lines.add("  read-only: " + orNone(event.readOnly()));
        lines.add("  access key: " + orNone(event.accessKeyId()));
        lines.add("  resources: " + (event.resources().isEmpty() ? "none" : event.resources().stream()
                .map(resource -> resource.resourceType() + " " + resource.resourceName())
                .collect(Collectors.joining(", "))));
        return lines;
    }

    /**
     * The calls one a line, oldest first, numbered by their position among all (from 0), those {@code marked}
     * picks starred; at most {@link #MAX_CALL_LINES}, the marked ones before the others.
     */
    static List<String> calls(List<RecordedCall> calls, Predicate<RecordedCall> marked) {
        long markedCount = calls.stream().filter(marked).count();
        long roomForOthers = Math.max(0, MAX_CALL_LINES - markedCount);
        List<String> lines = new ArrayList<>();
        int shownMarked = 0;
        int shownOthers = 0;
        for (int i = 0; i < calls.size(); i++) {
            RecordedCall call = calls.get(i);
            boolean isMarked = marked.test(call);
            if (isMarked ? shownMarked++ < MAX_CALL_LINES : shownOthers++ < roomForOthers) {
                lines.add((isMarked ? "* " : "  ") + i + ": " + callLine(call));
            }
        }
        int hidden = calls.size() - lines.size();
        if (hidden > 0) {
            lines.add("  ... and " + hidden + " more");
        }
        return lines;
    }

    /**
     * Reads like {@code 2024-03-01T12:00:00Z DeleteTrail "nope" -> 400 TrailNotFoundException (us-east-1,
     * 123456789012, key ASIAMOCK000000000001)}: time, operation, the trails the request names, the answer, and
     * where and by whom the call was made.
     */
    static String callLine(RecordedCall call) {
        String trails = call.trailNames().stream().map(Texts::quote).collect(Collectors.joining(", "));
        String answer = call.status() == 0 ? "no answer" : String.valueOf(call.status());
        if (call.errorCode() != null) {
            answer += " " + call.errorCode();
        }
        if (call.injectedFault() != null) {
            answer += " [injected: " + call.injectedFault() + "]";
        }
        return call.time() + " " + call.operationName() + (trails.isEmpty() ? "" : " " + trails) + " -> " + answer
                + " (" + call.region() + ", " + call.accountId() + ", key " + call.accessKeyId() + ")";
    }

    /** {@code the CloudTrail record of StopLogging at 2024-03-01T12:30:00Z}. */
    static String record(CloudTrailRecord record) {
        return "the CloudTrail record of " + record;
    }

    static List<String> recordDetails(CloudTrailRecord record) {
        List<String> lines = new ArrayList<>();
        lines.add("CloudTrail record:");
        lines.add("  eventName: " + record.eventName());
        lines.add("  eventSource: " + record.eventSource());
        lines.add("  eventTime: " + record.eventTime().orElse("none"));
        lines.add("  userIdentity: type " + record.userIdentityType().orElse("none") + ", ARN "
                + record.userIdentityArn().orElse("none"));
        lines.add("  requestParameters: " + (record.requestParameters().isEmpty() ? "none" : record.requestParameters()
                .entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "))));
        lines.add("  errorCode: " + record.errorCode().orElse("none")
                + record.errorMessage().map(message -> " (" + message + ")").orElse(""));
        return lines;
    }

    private static String readWrite(String readOnly) {
        if (readOnly == null) {
            return "read/write unknown";
        }
        return Boolean.parseBoolean(readOnly) ? "read-only" : "write";
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not set" : value ? "yes" : "no";
    }

    private static String enabled(Boolean value) {
        return value == null ? "not set" : value ? "enabled" : "disabled";
    }

    private static void addIfPresent(List<String> lines, String label, Object value) {
        if (value != null) {
            lines.add("  " + label + ": " + value);
        }
    }

    private static void putIfPresent(Map<String, String> errors, String label, String error) {
        if (error != null && !error.isEmpty()) {
            errors.put(label, error);
        }
    }
}
