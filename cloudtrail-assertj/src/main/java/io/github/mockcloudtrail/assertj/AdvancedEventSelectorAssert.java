package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldHaveFieldSelector;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldHaveName;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldNotFilterOn;

import io.github.mockcloudtrail.selectors.FieldOperator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;

/**
 * Assertions on one advanced event selector, as configured: its name and field selectors. Reached from a
 * trail's selectors ({@code eventSelectors().advancedSelector(0)} or {@code advancedSelector("name")}),
 * where failures name the trail and the selector's number, or asserted on directly.
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("uploads").eventSelectors()
 *     .advancedSelector("Payroll uploads")
 *         .hasFieldSelector("eventCategory", FieldOperator.EQUALS, "Data")
 *         .hasFieldSelector("resources.ARN", FieldOperator.STARTS_WITH, "arn:aws:s3:::payroll/")
 *         .doesNotFilterOn("readOnly")
 *     .returnToSelectors()
 *     .hasSize(1);</code></pre>
 */
public class AdvancedEventSelectorAssert extends AbstractSelectorAssert<AdvancedEventSelectorAssert, AdvancedEventSelector> {

    /**
     * Assertions on an advanced event selector; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public AdvancedEventSelectorAssert(AdvancedEventSelector actual) {
        super(actual, AdvancedEventSelectorAssert.class);
    }

    /**
     * Verifies the selector's name.
     *
     * <pre><code class='java'> assertThat(selector).hasName("Payroll uploads");</code></pre>
     *
     * @param name the expected name
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has no name, or another one
     */
    public AdvancedEventSelectorAssert hasName(String name) {
        return check(selector -> Objects.equals(name, selector.name()),
                selector -> shouldHaveName(trail, index, selector, name));
    }

    /**
     * Verifies that the selector has a field selector on this field whose values for this operator are
     * exactly these, in any order (other operators of the same field selector may be used too).
     *
     * <pre><code class='java'>
     * assertThat(selector)
     *     .hasFieldSelector("eventName", FieldOperator.EQUALS, "PutObject", "DeleteObject");</code></pre>
     *
     * @param field the field, such as {@code resources.ARN}
     * @param operator the operator
     * @param values the operator's values
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has no field selector on this field
     * @throws AssertionError if the field selector's values for this operator are others
     */
    public AdvancedEventSelectorAssert hasFieldSelector(String field, FieldOperator operator, String... values) {
        Set<String> expected = Set.copyOf(List.of(values));
        return check(selector -> {
            boolean found = selector.fieldSelectors().stream()
                    .anyMatch(fieldSelector -> Objects.equals(field, fieldSelector.field())
                    && operator.values(fieldSelector).size() == values.length
                    && Set.copyOf(operator.values(fieldSelector)).equals(expected));
            if (!found) {
                String expectedSelector = field + " " + operator + " " + List.of(values);
                throw assertionError(shouldHaveFieldSelector(trail, index, selector, expectedSelector));
            }
        });
    }

    /**
     * Verifies that the selector has no field selector on this field, so it does not narrow events by it.
     *
     * <pre><code class='java'> assertThat(selector).doesNotFilterOn("readOnly");</code></pre>
     *
     * @param field the field, such as {@code readOnly}
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has a field selector on this field
     */
    public AdvancedEventSelectorAssert doesNotFilterOn(String field) {
        return check(selector -> selector.fieldSelectors().stream()
                        .noneMatch(fieldSelector -> Objects.equals(field, fieldSelector.field())),
                selector -> shouldNotFilterOn(trail, index, selector, field));
    }
}
