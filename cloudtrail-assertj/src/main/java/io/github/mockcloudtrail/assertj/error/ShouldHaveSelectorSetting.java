package io.github.mockcloudtrail.assertj.error;

import io.github.mockcloudtrail.selectors.SelectorRenderer;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

/**
 * Failures of one event selector or advanced event selector: the expectation, what the selector does
 * instead, and the selector as it reads.
 *
 * <pre><code class='java'>
 * throw assertionError(ShouldHaveSelectorSetting.shouldHaveReadWriteType("org-audit", 0, selector, "WriteOnly"));
 * // Expecting event selector 1 of trail "org-audit" to have ReadWriteType WriteOnly, but it has All:
 * //   ReadWriteType All; management events; no data events</code></pre>
 *
 * <p>The trail (its name or ARN) and the selector's index (from 0) are null when the selector was not
 * reached from a trail's selectors.
 */
public final class ShouldHaveSelectorSetting extends CloudTrailErrorMessageFactory {

    private ShouldHaveSelectorSetting(String subject, String expectation, String instead, String selector) {
        super(lines("Expecting " + subject + " " + expectation + ", but " + instead + ":", "  " + selector));
    }

    private static ShouldHaveSelectorSetting basic(String trail, Integer index, EventSelector selector,
            String expectation, String instead) {
        return new ShouldHaveSelectorSetting(subject("event selector", trail, index), expectation, instead,
                SelectorRenderer.render(selector));
    }

    private static ShouldHaveSelectorSetting advanced(String trail, Integer index, AdvancedEventSelector selector,
            String expectation, String instead) {
        return new ShouldHaveSelectorSetting(subject("advanced event selector", trail, index), expectation, instead,
                SelectorRenderer.render(selector));
    }

    /**
     * A basic selector with another {@code ReadWriteType} than expected.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param readWriteType the expected type: {@code ReadOnly}, {@code WriteOnly} or {@code All}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveReadWriteType(String trail, Integer index, EventSelector selector,
            String readWriteType) {
        return basic(trail, index, selector, "to have ReadWriteType " + readWriteType,
                "it has " + (selector.readWriteType() == null ? "none" : selector.readWriteTypeAsString()));
    }

    /**
     * A basic selector that leaves management events out.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @return the failure message
     */
    public static ErrorMessageFactory shouldIncludeManagementEvents(String trail, Integer index, EventSelector selector) {
        return basic(trail, index, selector, "to include management events", "it does not");
    }

    /**
     * A basic selector that includes management events.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotIncludeManagementEvents(String trail, Integer index, EventSelector selector) {
        return basic(trail, index, selector, "not to include management events", "it does");
    }

    /**
     * A basic selector that does not exclude management events of the service.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param eventSource the service, such as {@code kms.amazonaws.com}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldExcludeManagementEventsFrom(String trail, Integer index,
            EventSelector selector, String eventSource) {
        return basic(trail, index, selector, "to exclude management events from " + eventSource, "it does not");
    }

    /**
     * A basic selector without the expected data resource.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param type the expected type
     * @param values the expected values
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveDataResource(String trail, Integer index, EventSelector selector,
            String type, Iterable<String> values) {
        return basic(trail, index, selector, "to have data resource " + type + " " + String.join(", ", values),
                "it does not");
    }

    /**
     * A basic selector with data resources where none are expected.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveNoDataResources(String trail, Integer index, EventSelector selector) {
        return basic(trail, index, selector, "to have no data resources", "it has some");
    }

    /**
     * An advanced selector with another name than expected.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param name the expected name
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveName(String trail, Integer index, AdvancedEventSelector selector,
            String name) {
        return advanced(trail, index, selector, "to be named " + Texts.quote(name),
                selector.name() == null ? "it has no name" : "it is named " + Texts.quote(selector.name()));
    }

    /**
     * An advanced selector without the expected field selector.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param fieldSelector the expected field selector as it reads, such as {@code eventCategory Equals [Data]}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveFieldSelector(String trail, Integer index,
            AdvancedEventSelector selector, String fieldSelector) {
        return advanced(trail, index, selector, "to have field selector " + fieldSelector, "it does not");
    }

    /**
     * An advanced selector with a field selector on a field that should not be filtered.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param index the selector's position from 0, or null for a selector asserted on its own
     * @param selector the selector
     * @param field the field, such as {@code readOnly}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotFilterOn(String trail, Integer index, AdvancedEventSelector selector,
            String field) {
        return advanced(trail, index, selector, "not to filter on " + field, "it does");
    }

    private static String subject(String kind, String trail, Integer index) {
        return index == null ? "the " + kind : kind + " " + (index + 1) + " of " + Texts.trail(trail);
    }
}
