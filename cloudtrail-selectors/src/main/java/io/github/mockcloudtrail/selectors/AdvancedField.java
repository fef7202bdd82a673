package io.github.mockcloudtrail.selectors;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event record fields an advanced event selector can filter on, by the name its {@code Field} gives.
 *
 * <pre>{@code
 * AdvancedField.fromName("resources.ARN"); // Optional[RESOURCES_ARN]
 * AdvancedField.RESOURCES_ARN.isResourceField(); // true: it is matched against each resource of the event
 * }</pre>
 */
public enum AdvancedField {
    READ_ONLY("readOnly"),
    EVENT_SOURCE("eventSource"),
    EVENT_NAME("eventName"),
    EVENT_CATEGORY("eventCategory"),
    RESOURCES_TYPE("resources.type"),
    RESOURCES_ARN("resources.ARN");

    private final String fieldName;

    AdvancedField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name as a field selector's {@code Field} gives it, such as {@code resources.ARN}. */
    public String fieldName() {
        return fieldName;
    }

    /** Whether the field belongs to each resource of the event rather than to the event as a whole. */
    public boolean isResourceField() {
        return this == RESOURCES_TYPE || this == RESOURCES_ARN;
    }

    /** The field with this name; case matters, as in CloudTrail. */
    public static Optional<AdvancedField> fromName(String fieldName) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(fieldName)).findFirst();
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
