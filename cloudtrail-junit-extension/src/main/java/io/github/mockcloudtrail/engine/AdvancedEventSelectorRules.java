package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.selectors.FieldOperator;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/**
 * CloudTrail's rules for a request's advanced event selectors as a whole: at least one selector, each with its
 * required {@code FieldSelectors} and each field selector with its {@code Field} (a {@code ValidationException}
 * when missing, as the API model requires them), each selector valid by {@link AdvancedFieldRules}, and at most
 * 500 values across all conditions of all selectors.
 */
final class AdvancedEventSelectorRules {
    static final int MAX_VALUES = 500;

    private AdvancedEventSelectorRules() {
    }

    static List<AdvancedEventSelector> validated(List<AdvancedEventSelector> selectors, String partition) {
        if (selectors.isEmpty()) {
            throw EventSelectorsRule.invalid("AdvancedEventSelectors holds no selector; give at least one.");
        }
        requireMembers(selectors);
        for (int i = 0; i < selectors.size(); i++) {
            AdvancedFieldRules.requireValid(selectors.get(i), label(i, selectors.get(i)), partition);
        }
        long values = selectors.stream()
                .flatMap(selector -> selector.fieldSelectors().stream())
                .mapToLong(AdvancedEventSelectorRules::valueCount)
                .sum();
        if (values > MAX_VALUES) {
            throw EventSelectorsRule.invalid("The advanced event selectors hold " + values + " values; a trail takes at most "
                    + MAX_VALUES + " values across all conditions of all its advanced event selectors.");
        }
        return selectors;
    }

    private static void requireMembers(List<AdvancedEventSelector> selectors) {
        for (int i = 0; i < selectors.size(); i++) {
            AdvancedEventSelector selector = selectors.get(i);
            String path = "advancedEventSelectors." + (i + 1) + ".member.fieldSelectors";
            Required.member(selector.hasFieldSelectors() ? selector.fieldSelectors() : null, path);
            for (int j = 0; j < selector.fieldSelectors().size(); j++) {
                Required.member(selector.fieldSelectors().get(j).field(), path + "." + (j + 1) + ".member.field");
            }
        }
    }

    private static long valueCount(AdvancedFieldSelector fieldSelector) {
        return Arrays.stream(FieldOperator.values()).mapToLong(operator -> operator.values(fieldSelector).size()).sum();
    }

    private static String label(int index, AdvancedEventSelector selector) {
        return "Advanced event selector " + (index + 1) + (selector.name() == null ? "" : " (\"" + selector.name() + "\")");
    }
}
