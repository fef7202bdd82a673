package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.selectors.AdvancedField;
import io.github.mockcloudtrail.selectors.DataResourceType;
import io.github.mockcloudtrail.selectors.FieldOperator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/**
 * CloudTrail's rules for the field selectors of one advanced event selector, field by field, as the
 * reference gives them:
 *
 * <ul>
 *   <li>{@code eventCategory} is required, uses {@code Equals} only, with one value, {@code Management} or {@code Data};</li>
 *   <li>{@code readOnly} uses {@code Equals} only, with {@code true} or {@code false};</li>
 *   <li>{@code eventSource} filters management events only, and only as {@code NotEquals kms.amazonaws.com};</li>
 *   <li>{@code eventName} filters data events, with any operator;</li>
 *   <li>{@code resources.type} is required for data events, uses {@code Equals} only, with one data resource type;</li>
 *   <li>{@code resources.ARN} filters data events with any operator; with {@code Equals} or {@code NotEquals} each
 *       value must be the ARN of a resource of that type.</li>
 * </ul>
 *
 * <p>Each field appears at most once per selector, and uses at least one operator.
 */
final class AdvancedFieldRules {
    private static final String MANAGEMENT = "Management";
    private static final String DATA = "Data";
    private static final Set<AdvancedField> MANAGEMENT_FIELDS =
            Set.of(AdvancedField.EVENT_CATEGORY, AdvancedField.READ_ONLY, AdvancedField.EVENT_SOURCE);
    private static final Set<FieldOperator> EQUALS_ONLY = Set.of(FieldOperator.EQUALS);

    private AdvancedFieldRules() {
    }

    static void requireValid(AdvancedEventSelector selector, String label, String partition) {
        Map<AdvancedField, AdvancedFieldSelector> fields = fieldsOf(selector, label);
        AdvancedFieldSelector category = fields.get(AdvancedField.EVENT_CATEGORY);
        if (category == null) {
            throw EventSelectorsRule.invalid(label + ": eventCategory is required; add eventCategory Equals Management or Data.");
        }
        boolean data = DATA.equals(singleEqualsValue(category, label, Set.of(MANAGEMENT, DATA), "Management or Data"));
        for (Map.Entry<AdvancedField, AdvancedFieldSelector> entry : fields.entrySet()) {
            if (!data && !MANAGEMENT_FIELDS.contains(entry.getKey())) {
                throw EventSelectorsRule.invalid(label + ": " + entry.getKey() + " filters data events; a selector for"
                        + " management events takes only eventCategory, readOnly and eventSource.");
            }
            if (data && entry.getKey() == AdvancedField.EVENT_SOURCE) {
                throw EventSelectorsRule.invalid(label + ": eventSource filters management events only; a selector for data"
                        + " events cannot use it.");
            }
        }
        requireReadOnly(fields.get(AdvancedField.READ_ONLY), label);
        requireEventSource(fields.get(AdvancedField.EVENT_SOURCE), label);
        if (data) {
            requireResources(fields, label, partition);
        }
    }

    private static Map<AdvancedField, AdvancedFieldSelector> fieldsOf(AdvancedEventSelector selector, String label) {
        Map<AdvancedField, AdvancedFieldSelector> fields = new EnumMap<>(AdvancedField.class);
        for (AdvancedFieldSelector fieldSelector : selector.fieldSelectors()) {
            AdvancedField field = AdvancedField.fromName(fieldSelector.field()).orElseThrow(() -> EventSelectorsRule.invalid(
                    label + ": field '" + fieldSelector.field() + "' is not valid; use "
                            + Arrays.stream(AdvancedField.values()).map(AdvancedField::fieldName).collect(Collectors.joining(", "))
                            + "."));
            if (fields.containsKey(field)) {
                throw EventSelectorsRule.invalid(field == AdvancedField.RESOURCES_TYPE
                        ? label + ": a selector can have only one resources.type field; to log data events on more than one"
                                + " resource type, add another selector."
                        : label + ": field " + field + " appears twice; give it once, with all its values.");
            }
            if (operatorsOf(fieldSelector).isEmpty()) {
                throw EventSelectorsRule.invalid(label + ": the " + field + " field selector has no values; give values to"
                        + " Equals, StartsWith, EndsWith, NotEquals, NotStartsWith or NotEndsWith.");
            }
            fields.put(field, fieldSelector);
        }
        return fields;
    }

    private static void requireReadOnly(AdvancedFieldSelector readOnly, String label) {
        if (readOnly != null) {
            requireOperators(readOnly, label, EQUALS_ONLY);
            requireValuesIn(readOnly, FieldOperator.EQUALS, label, Set.of("true", "false"), "true or false");
        }
    }

    private static void requireEventSource(AdvancedFieldSelector eventSource, String label) {
        if (eventSource != null) {
            requireOperators(eventSource, label, EnumSet.of(FieldOperator.NOT_EQUALS));
            requireValuesIn(eventSource, FieldOperator.NOT_EQUALS, label, Set.of(BasicEventSelectorRules.EXCLUDABLE_SOURCE),
                    BasicEventSelectorRules.EXCLUDABLE_SOURCE);
        }
    }

    private static void requireResources(Map<AdvancedField, AdvancedFieldSelector> fields, String label, String partition) {
        AdvancedFieldSelector typeSelector = fields.get(AdvancedField.RESOURCES_TYPE);
        String types = Arrays.stream(DataResourceType.values()).map(DataResourceType::value).collect(Collectors.joining(", "));
        if (typeSelector == null) {
            throw EventSelectorsRule.invalid(label + ": resources.type is required in a selector for data events; add"
                    + " resources.type Equals one of " + types + ".");
        }
        String typeValue = singleEqualsValue(typeSelector, label,
                Arrays.stream(DataResourceType.values()).map(DataResourceType::value).collect(Collectors.toSet()), "one of " + types);
        DataResourceType type = DataResourceType.fromValue(typeValue).orElseThrow();
        AdvancedFieldSelector arns = fields.get(AdvancedField.RESOURCES_ARN);
        if (arns == null) {
            return;
        }
        for (FieldOperator operator : List.of(FieldOperator.EQUALS, FieldOperator.NOT_EQUALS)) {
            for (String value : operator.values(arns)) {
                if (!DataResourceArns.isResourceArn(type, value, partition)) {
                    throw EventSelectorsRule.invalid(label + ": resources.ARN " + operator + " '" + value + "' is not the ARN of"
                            + " an " + type + "; with " + operator + " the value must be a whole ARN such as "
                            + DataResourceArns.expectedForm(type, partition, false) + ". Use StartsWith for prefixes.");
                }
            }
        }
    }

    /** The one value of a field that takes exactly one {@code Equals} value from a fixed set. */
    private static String singleEqualsValue(AdvancedFieldSelector fieldSelector, String label, Set<String> allowed,
            String allowedText) {
        requireOperators(fieldSelector, label, EQUALS_ONLY);
        List<String> values = fieldSelector.equalsValue();
        if (values.size() != 1) {
            throw EventSelectorsRule.invalid(label + ": " + fieldSelector.field() + " takes exactly one value, " + allowedText
                    + ", but has " + values.size() + ": " + values + "."
                    + (AdvancedField.RESOURCES_TYPE.fieldName().equals(fieldSelector.field())
                            ? " To log data events on more than one resource type, add another selector." : ""));
        }
        requireValuesIn(fieldSelector, FieldOperator.EQUALS, label, allowed, allowedText);
        return values.get(0);
    }

    private static void requireOperators(AdvancedFieldSelector fieldSelector, String label, Set<FieldOperator> allowed) {
        for (FieldOperator operator : operatorsOf(fieldSelector)) {
            if (!allowed.contains(operator)) {
                throw EventSelectorsRule.invalid(label + ": " + fieldSelector.field() + " can only use "
                        + allowed.stream().map(FieldOperator::wireName).collect(Collectors.joining(" or ")) + ", not "
                        + operator + ".");
            }
        }
    }

    private static void requireValuesIn(AdvancedFieldSelector fieldSelector, FieldOperator operator, String label,
            Set<String> allowed, String allowedText) {
        for (String value : operator.values(fieldSelector)) {
            if (!allowed.contains(value)) {
                throw EventSelectorsRule.invalid(label + ": " + fieldSelector.field() + " " + operator + " '" + value
                        + "' is not valid; the value must be " + allowedText + ".");
            }
        }
    }

    private static List<FieldOperator> operatorsOf(AdvancedFieldSelector fieldSelector) {
        return Arrays.stream(FieldOperator.values()).filter(operator -> !operator.values(fieldSelector).isEmpty()).toList();
    }
}
