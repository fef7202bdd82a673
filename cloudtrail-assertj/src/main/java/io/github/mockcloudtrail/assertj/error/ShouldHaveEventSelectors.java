package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;
import static io.github.mockcloudtrail.assertj.error.Texts.trail;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

/**
 * Failures of a trail's list of event selectors (kind, count, a selector by position or name, a selector
 * that satisfies requirements), with all its selectors.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveEventSelectors.shouldHaveSelectorCount(selectors, 2));
 * // Expecting trail "org-audit" to have 2 event selectors, but it has 1.
 * // Event selectors of trail "org-audit":
 * //   event selector 1 (ReadWriteType All; management events; no data events)</code></pre>
 */
public final class ShouldHaveEventSelectors extends CloudTrailErrorMessageFactory {

    private ShouldHaveEventSelectors(GetEventSelectorsResponse selectors, String expectation, String instead) {
        super(lines("Expecting " + subject(selectors) + " " + expectation + ", but " + instead + ".", Texts.selectors(selectors)));
    }

    private ShouldHaveEventSelectors(List<String> lines) {
        super(lines);
    }

    /**
     * A trail that uses advanced event selectors where basic ones are expected.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldUseBasicSelectors(GetEventSelectorsResponse selectors) {
        return new ShouldHaveEventSelectors(selectors, "to use basic event selectors", "it does not");
    }

    /**
     * A trail that uses basic event selectors where advanced ones are expected.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @return the failure message
     */
    public static ErrorMessageFactory shouldUseAdvancedSelectors(GetEventSelectorsResponse selectors) {
        return new ShouldHaveEventSelectors(selectors, "to use advanced event selectors", "it does not");
    }

    /**
     * Counts the selectors of the kind the trail uses.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param expected the expected number
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveSelectorCount(GetEventSelectorsResponse selectors, int expected) {
        return new ShouldHaveEventSelectors(selectors, "to have " + expected + " event selector" + (expected == 1 ? "" : "s"),
                "it has " + count(selectors));
    }

    /**
     * A trail with too few basic event selectors for the index asked for.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param index the position asked for, from 0
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveSelectorAt(GetEventSelectorsResponse selectors, int index) {
        return new ShouldHaveEventSelectors(selectors, "to have a basic event selector at index " + index,
                "it has " + count(selectors.eventSelectors().size(), "basic event selector"));
    }

    /**
     * A trail with too few advanced event selectors for the index asked for.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param index the position asked for, from 0
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveAdvancedSelectorAt(GetEventSelectorsResponse selectors, int index) {
        return new ShouldHaveEventSelectors(selectors, "to have an advanced event selector at index " + index,
                "it has " + count(selectors.advancedEventSelectors().size(), "advanced event selector"));
    }

    /**
     * A trail without an advanced event selector of that name.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param name the expected name
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveAdvancedSelectorNamed(GetEventSelectorsResponse selectors, String name) {
        return new ShouldHaveEventSelectors(selectors, "to have an advanced event selector named " + quote(name),
                "it has none by that name");
    }

    /**
     * No selector satisfies the requirements.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param kind {@code event selector} or {@code advanced event selector}
     * @param failures for each selector of that kind, in order, the failure of the requirements
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveSelectorSatisfying(GetEventSelectorsResponse selectors, String kind,
            List<AssertionError> failures) {
        if (failures.isEmpty()) {
            return new ShouldHaveEventSelectors(selectors, "to have an " + kind + " that satisfies the requirements",
                    "it has no " + kind + "s");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Expecting an " + kind + " of " + subject(selectors) + " to satisfy the requirements, but none does:");
        for (AssertionError failure : failures) {
            failure.getMessage().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add("  " + line));
        }
        return new ShouldHaveEventSelectors(lines);
    }

    private static String subject(GetEventSelectorsResponse selectors) {
        return trail(selectors.trailARN());
    }

    private static String count(GetEventSelectorsResponse selectors) {
        return selectors.hasAdvancedEventSelectors() && !selectors.advancedEventSelectors().isEmpty()
                ? count(selectors.advancedEventSelectors().size(), "advanced event selector")
                : count(selectors.eventSelectors().size(), "event selector");
    }

    private static String count(int count, String noun) {
        return count == 0 ? "no " + noun + "s" : count + " " + noun + (count == 1 ? "" : "s");
    }
}
