package io.github.mockcloudtrail.engine;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * CloudTrail's rules for basic event selectors: 1 to 5 per trail, {@code ReadWriteType} one of
 * {@code ReadOnly}, {@code WriteOnly} and {@code All}, {@code ExcludeManagementEventSources} empty or
 * {@code kms.amazonaws.com}, and data resources as {@link DataResourceRules} says. A violation is an
 * {@code InvalidEventSelectorsException} that names the selector and the rule.
 */
final class BasicEventSelectorRules {
    static final int MAX_SELECTORS = 5;
    /** "In this release, the list can be empty (disables the filter), or it can filter out AWS KMS events." */
    static final String EXCLUDABLE_SOURCE = "kms.amazonaws.com";

    private BasicEventSelectorRules() {
    }

    /**
     * Validates the selectors of a {@code PutEventSelectors} request and returns them as CloudTrail stores
     * them, with the defaults filled in: {@code ReadWriteType All}, management events included, empty lists.
     */
    static List<EventSelector> validated(List<EventSelector> selectors, String partition) {
        if (selectors.isEmpty() || selectors.size() > MAX_SELECTORS) {
            throw EventSelectorsRule.invalid("A trail takes 1 to " + MAX_SELECTORS + " event selectors, but the request has "
                    + selectors.size() + ".");
        }
        List<EventSelector> stored = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            stored.add(validated(selectors.get(i), "Event selector " + (i + 1), partition));
        }
        DataResourceRules.requireWithinLimit(stored);
        return stored;
    }

    private static EventSelector validated(EventSelector selector, String label, String partition) {
        if (selector.readWriteType() == ReadWriteType.UNKNOWN_TO_SDK_VERSION) {
            throw EventSelectorsRule.invalid(label + ": ReadWriteType '" + selector.readWriteTypeAsString()
                    + "' is not valid; use ReadOnly, WriteOnly or All.");
        }
        for (String source : selector.excludeManagementEventSources()) {
            if (!source.equals(EXCLUDABLE_SOURCE)) {
                throw EventSelectorsRule.invalid(label + ": ExcludeManagementEventSources can only hold " + EXCLUDABLE_SOURCE
                        + ", not '" + source + "'.");
            }
        }
        DataResourceRules.requireValid(selector.dataResources(), label, partition);
        return selector.toBuilder()
                .readWriteType(selector.readWriteType() == null ? ReadWriteType.ALL : selector.readWriteType())
                .includeManagementEvents(selector.includeManagementEvents() == null || selector.includeManagementEvents())
                .dataResources(new ArrayList<>(selector.dataResources()))
                .excludeManagementEventSources(new ArrayList<>(selector.excludeManagementEventSources()))
                .build();
    }
}
