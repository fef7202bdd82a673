package io.github.mockcloudtrail.selectors;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/**
 * The six operators of an advanced field selector. Within one field selector, a value must match at least
 * one value of the positive operators that are used ({@code Equals}, {@code StartsWith}, {@code EndsWith})
 * and none of the values of the negative ones ({@code NotEquals}, {@code NotStartsWith}, {@code NotEndsWith}).
 *
 * <pre>{@code
 * FieldOperator.NOT_STARTS_WITH.values(fieldSelector); // the selector's NotStartsWith list
 * FieldOperator.NOT_STARTS_WITH.isNegative();          // true
 * FieldOperator.STARTS_WITH.hits("arn:aws:s3:::b/k", "arn:aws:s3:::b/"); // true
 * }</pre>
 */
public enum FieldOperator {
    /** {@code Equals}: the field value is one of the values. */
    EQUALS("Equals", false, AdvancedFieldSelector::equalsValue, String::equals),
    /** {@code StartsWith}: the field value starts with one of the values. */
    STARTS_WITH("StartsWith", false, AdvancedFieldSelector::startsWith, String::startsWith),
    /** {@code EndsWith}: the field value ends with one of the values. */
    ENDS_WITH("EndsWith", false, AdvancedFieldSelector::endsWith, String::endsWith),
    /** {@code NotEquals}: the field value is none of the values. */
    NOT_EQUALS("NotEquals", true, AdvancedFieldSelector::notEquals, String::equals),
    /** {@code NotStartsWith}: the field value starts with none of the values. */
    NOT_STARTS_WITH("NotStartsWith", true, AdvancedFieldSelector::notStartsWith, String::startsWith),
    /** {@code NotEndsWith}: the field value ends with none of the values. */
    NOT_ENDS_WITH("NotEndsWith", true, AdvancedFieldSelector::notEndsWith, String::endsWith);

    private final String wireName;
    private final boolean negative;
    private final Function<AdvancedFieldSelector, List<String>> values;
    private final BiPredicate<String, String> comparison;

    FieldOperator(String wireName, boolean negative, Function<AdvancedFieldSelector, List<String>> values,
            BiPredicate<String, String> comparison) {
        this.wireName = wireName;
        this.negative = negative;
        this.values = values;
        this.comparison = comparison;
    }

    /** {@return the operator's member name, such as {@code NotStartsWith}} */
    public String wireName() {
        return wireName;
    }

    /** {@return whether the operator excludes what it matches} */
    public boolean isNegative() {
        return negative;
    }

    /**
     * The operator's values in the field selector; empty when the selector does not use it.
     *
     * @param fieldSelector an advanced field selector
     * @return the values the selector gives this operator
     */
    public List<String> values(AdvancedFieldSelector fieldSelector) {
        return values.apply(fieldSelector);
    }

    /**
     * Whether one of the operator's values hits a field value: equals it, starts it or ends it. A hit of a
     * positive operator selects the value; a hit of a negative one excludes it, so
     * {@code NOT_STARTS_WITH.hits("abc", "a")} is true.
     *
     * @param fieldValue the event's value of the field
     * @param operatorValue one value of the operator
     * @return whether the value equals, starts or ends the field value, as the operator compares
     */
    public boolean hits(String fieldValue, String operatorValue) {
        return comparison.test(fieldValue, operatorValue);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
