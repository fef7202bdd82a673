package io.github.mockcloudtrail.selectors;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/**
 * Whether one field selector of an advanced event selector passes a field value: the value must match at
 * least one value of the positive operators in use (OR), and no value of the negative ones (AND). A value
 * the event does not have matches no positive operator and no negative one.
 */
final class FieldSelectorMatcher {
    /**
     * The CloudTrail reference (SDK docs for AdvancedFieldSelector) says of {@code readOnly}: "A value of
     * {@code false} logs both {@code read} and {@code write} events." So {@code Equals false} selects
     * every event, and only {@code Equals true} narrows to read-only events.
     */
    private static final String READ_AND_WRITE = "false";

    private FieldSelectorMatcher() {
    }

    /** Why the field selector does not pass the value; empty when it does. */
    static Optional<String> mismatch(AdvancedFieldSelector fieldSelector, String value) {
        boolean positiveInUse = false;
        boolean selected = false;
        for (FieldOperator operator : FieldOperator.values()) {
            List<String> operands = operator.values(fieldSelector);
            if (operands.isEmpty()) {
                continue;
            }
            if (operator.isNegative()) {
                Optional<String> excluding = value == null ? Optional.empty()
                        : operands.stream().filter(operand -> operator.hits(value, operand)).findFirst();
                if (excluding.isPresent()) {
                    return Optional.of(fieldSelector.field() + " " + operator + " " + excluding.get() + " excludes " + value);
                }
            } else {
                positiveInUse = true;
                selected |= value != null && operands.stream().anyMatch(operand -> operator.hits(value, operand));
                selected |= isReadAndWrite(fieldSelector, operator, operands);
            }
        }
        if (positiveInUse && !selected) {
            String condition = SelectorRenderer.renderPositive(fieldSelector);
            return Optional.of(value == null
                    ? condition + " cannot match: the event has no " + fieldSelector.field()
                    : condition + " does not match " + value);
        }
        return Optional.empty();
    }

    private static boolean isReadAndWrite(AdvancedFieldSelector fieldSelector, FieldOperator operator, List<String> operands) {
        return AdvancedField.READ_ONLY.fieldName().equals(fieldSelector.field()) && operator == FieldOperator.EQUALS
                && operands.contains(READ_AND_WRITE);
    }
}
