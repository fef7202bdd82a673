package io.github.mockcloudtrail.selectors;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Whether one basic event selector matches an event: its {@code ReadWriteType} takes the event, and either
 * the event is a management event the selector includes and does not exclude, or a data event on a
 * resource one of its data resources covers.
 */
final class BasicSelectorMatcher {
    private BasicSelectorMatcher() {
    }

    /** Why the selector does not match the event; empty when it matches. */
    static Optional<String> mismatch(EventSelector selector, EventDescription event) {
        Optional<String> kind = event.category() == EventDescription.Category.DATA
                ? dataMismatch(selector, event)
                : managementMismatch(selector, event);
        return kind.isPresent() ? kind : readWriteMismatch(selector, event);
    }

    private static Optional<String> readWriteMismatch(EventSelector selector, EventDescription event) {
        ReadWriteType type = selector.readWriteType() == null ? ReadWriteType.ALL : selector.readWriteType();
        if (type == ReadWriteType.ALL) {
            return Optional.empty();
        }
        if (type == ReadWriteType.UNKNOWN_TO_SDK_VERSION) {
            return Optional.of("ReadWriteType " + selector.readWriteTypeAsString() + " is not one this evaluator knows");
        }
        boolean wantsReadOnly = type == ReadWriteType.READ_ONLY;
        if (event.readOnly().isEmpty()) {
            return Optional.of("the event does not say whether it is read-only, and the selector takes only "
                    + type + " events");
        }
        if (event.readOnly().get() != wantsReadOnly) {
            return Optional.of((event.readOnly().get() ? "the event is read-only" : "the event is a write")
                    + " and the selector takes " + type + " events");
        }
        return Optional.empty();
    }

    private static Optional<String> managementMismatch(EventSelector selector, EventDescription event) {
        if (Boolean.FALSE.equals(selector.includeManagementEvents())) {
            return Optional.of("the selector does not include management events");
        }
        if (selector.excludeManagementEventSources().contains(event.eventSource())) {
            return Optional.of("the selector excludes management events from " + event.eventSource());
        }
        return Optional.empty();
    }

    private static Optional<String> dataMismatch(EventSelector selector, EventDescription event) {
        if (selector.dataResources().isEmpty()) {
            return Optional.of("the selector logs no data events");
        }
        List<EventDescription.Resource> candidates = event.resources().stream()
                .filter(resource -> selector.dataResources().stream().anyMatch(data -> resource.type().equals(data.type())))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.of("the selector logs data events on " + String.join(", ", selector.dataResources().stream()
                    .map(DataResource::type).distinct().toList()) + ", and the event has no resource of "
                    + (selector.dataResources().size() == 1 ? "that type" : "those types"));
        }
        for (EventDescription.Resource resource : candidates) {
            for (DataResource data : selector.dataResources()) {
                if (resource.type().equals(data.type())
                        && data.values().stream().anyMatch(value -> covers(data.type(), value, resource.arn()))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(String.join("; ", candidates.stream().map(resource -> resource.type() + " " + resource.arn()
                + " is covered by none of " + valuesOfType(selector, resource.type())).toList()));
    }

    private static List<String> valuesOfType(EventSelector selector, String type) {
        return selector.dataResources().stream()
                .filter(data -> type.equals(data.type()))
                .flatMap(data -> data.values().stream())
                .toList();
    }

    /** Types this evaluator does not know are compared by exact ARN. */
    private static boolean covers(String type, String value, String arn) {
        return DataResourceType.fromValue(type)
                .map(known -> known.covers(value, arn))
                .orElse(value.equals(arn));
    }
}
