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
    /** {@code readOnly}: whether the call only read. */
    READ_ONLY("readOnly"),
    /** {@code eventSource}: the service, such as {@code s3.amazonaws.com}. */
    EVENT_SOURCE("eventSource"),
    /** {@code eventName}: the API call, such as {@code PutObject}. */
    EVENT_NAME("eventName"),
    /** {@code eventCategory}: {@code Management}, {@code Data} and so on. */
    EVENT_CATEGORY("eventCategory"),
    /** {@code resources.type}: a resource's type, such as {@code AWS::S3::Object}. */
    RESOURCES_TYPE("resources.type"),
    /** {@code resources.ARN}: a resource's ARN. */
    RESOURCES_ARN("resources.ARN");

    private final String fieldName;

    AdvancedField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** {@return the name as a field selector's {@code Field} gives it, such as {@code resources.ARN}} */
    public String fieldName() {
        return fieldName;
    }

    /** {@return whether the field belongs to each resource of the event rather than to the event as a whole} */
    public boolean isResourceField() {
        return this == RESOURCES_TYPE || this == RESOURCES_ARN;
    }

    /**
     * The field with this name; case matters, as in CloudTrail.
     *
     * @param fieldName such as {@code eventName}
     * @return the field, or empty for a name CloudTrail does not know
     */
    public static Optional<AdvancedField> fromName(String fieldName) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(fieldName)).findFirst();
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
