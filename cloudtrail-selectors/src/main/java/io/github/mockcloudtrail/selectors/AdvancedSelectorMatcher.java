package io.github.mockcloudtrail.selectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/**
 * Whether one advanced event selector matches an event: every field selector must pass (AND). The
 * {@code resources.type} and {@code resources.ARN} field selectors must all pass for one and the same
 * resource of the event, so a selector for S3 objects in bucket-1 is not fooled by the bucket resource
 * that S3 records list beside the object. Fields this evaluator does not know have no value in the event.
 */
final class AdvancedSelectorMatcher {
    private AdvancedSelectorMatcher() {
    }

    /** Why the selector does not match the event; empty when it matches. */
    static Optional<String> mismatch(AdvancedEventSelector selector, EventDescription event) {
        List<AdvancedFieldSelector> resourceConditions = new ArrayList<>();
        for (AdvancedFieldSelector fieldSelector : selector.fieldSelectors()) {
            Optional<AdvancedField> field = AdvancedField.fromName(fieldSelector.field());
            if (field.isPresent() && field.get().isResourceField()) {
                resourceConditions.add(fieldSelector);
                continue;
            }
            Optional<String> mismatch = FieldSelectorMatcher.mismatch(fieldSelector, field.map(f -> eventValue(f, event)).orElse(null));
            if (mismatch.isPresent()) {
                return mismatch;
            }
        }
        if (resourceConditions.isEmpty()) {
            return Optional.empty();
        }
        if (event.resources().isEmpty()) {
            return Optional.of("the event has no resources, and the selector filters on "
                    + String.join(" and ", resourceConditions.stream().map(AdvancedFieldSelector::field).distinct().toList()));
        }
        List<String> failures = new ArrayList<>();
        for (EventDescription.Resource resource : event.resources()) {
            Optional<String> failure = resourceMismatch(resourceConditions, resource);
            if (failure.isEmpty()) {
                return Optional.empty();
            }
            failures.add(resource.type() + " " + resource.arn() + ": " + failure.get());
        }
        return Optional.of("no resource of the event passes: " + String.join("; ", failures));
    }

    private static Optional<String> resourceMismatch(List<AdvancedFieldSelector> conditions, EventDescription.Resource resource) {
        for (AdvancedFieldSelector condition : conditions) {
            String value = AdvancedField.RESOURCES_TYPE.fieldName().equals(condition.field()) ? resource.type() : resource.arn();
            Optional<String> mismatch = FieldSelectorMatcher.mismatch(condition, value);
            if (mismatch.isPresent()) {
                return mismatch;
            }
        }
        return Optional.empty();
    }

    private static String eventValue(AdvancedField field, EventDescription event) {
        return switch (field) {
            case READ_ONLY -> event.readOnly().map(String::valueOf).orElse(null);
            case EVENT_SOURCE -> event.eventSource();
            case EVENT_NAME -> event.eventName();
            case EVENT_CATEGORY -> event.category().value();
            case RESOURCES_TYPE, RESOURCES_ARN -> throw new IllegalArgumentException(field + " is a resource field");
        };
    }
}
