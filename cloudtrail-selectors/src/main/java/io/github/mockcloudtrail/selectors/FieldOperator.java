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
    EQUALS("Equals", false, AdvancedFieldSelector::equalsValue, String::equals),
    STARTS_WITH("StartsWith", false, AdvancedFieldSelector::startsWith, String::startsWith),
    ENDS_WITH("EndsWith", false, AdvancedFieldSelector::endsWith, String::endsWith),
    NOT_EQUALS("NotEquals", true, AdvancedFieldSelector::notEquals, String::equals),
    NOT_STARTS_WITH("NotStartsWith", true, AdvancedFieldSelector::notStartsWith, String::startsWith),
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

    /** The operator's member name, such as {@code NotStartsWith}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the operator excludes what it matches. */
    public boolean isNegative() {
        return negative;
    }

    /** The operator's values in the field selector; empty when the selector does not use it. */
    public List<String> values(AdvancedFieldSelector fieldSelector) {
        return values.apply(fieldSelector);
    }

    /**
     * Whether one of the operator's values hits a field value: equals it, starts it or ends it. A hit of a
     * positive operator selects the value; a hit of a negative one excludes it, so
     * {@code NOT_STARTS_WITH.hits("abc", "a")} is true.
     */
    public boolean hits(String fieldValue, String operatorValue) {
        return comparison.test(fieldValue, operatorValue);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
