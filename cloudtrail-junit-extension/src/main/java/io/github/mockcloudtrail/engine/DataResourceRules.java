package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.selectors.DataResourceType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

/**
 * CloudTrail's rules for the data resources of basic event selectors: type {@code AWS::S3::Object},
 * {@code AWS::Lambda::Function} or {@code AWS::DynamoDB::Table} (the other data resource types need advanced
 * event selectors), at least one value per resource, each value of a form the type takes
 * ({@link DataResourceArns}), and at most 250 values across a trail's selectors, not counting values that cover
 * every resource of their type.
 */
final class DataResourceRules {
    static final int MAX_DATA_RESOURCES = 250;
    private static final String BASIC_TYPES = String.join(", ", Arrays.stream(DataResourceType.values())
            .filter(DataResourceType::inBasicSelectors)
            .map(DataResourceType::value)
            .toList());

    private DataResourceRules() {
    }

    static void requireValid(List<DataResource> dataResources, String selectorLabel, String partition) {
        for (DataResource dataResource : dataResources) {
            DataResourceType type = basicType(dataResource.type(), selectorLabel);
            if (dataResource.values().isEmpty()) {
                throw EventSelectorsRule.invalid(selectorLabel + ": the " + type + " data resource has no Values; give"
                        + " at least one, such as " + DataResourceArns.expectedForm(type, partition, true) + ".");
            }
            for (String value : dataResource.values()) {
                if (!DataResourceArns.isBasicSelectorValue(type, value, partition)) {
                    throw EventSelectorsRule.invalid(selectorLabel + ": '" + value + "' is not a valid " + type
                            + " value; use " + DataResourceArns.expectedForm(type, partition, true) + ".");
                }
            }
        }
    }

    /** "The total number of allowed data resources is 250 ... across all selectors." */
    static void requireWithinLimit(List<EventSelector> selectors) {
        long count = selectors.stream()
                .flatMap(selector -> selector.dataResources().stream())
                .mapToLong(dataResource -> dataResource.values().stream()
                        .filter(value -> !DataResourceType.fromValue(dataResource.type()).orElseThrow().coversEveryResource(value))
                        .count())
                .sum();
        if (count > MAX_DATA_RESOURCES) {
            throw EventSelectorsRule.invalid("The event selectors name " + count + " data resources; a trail takes at most "
                    + MAX_DATA_RESOURCES + " across all its event selectors (values such as arn:aws:s3::: that cover"
                    + " every resource of a type do not count).");
        }
    }

    private static DataResourceType basicType(String type, String selectorLabel) {
        if (type == null) {
            throw EventSelectorsRule.invalid(selectorLabel + ": a data resource has no Type; use " + BASIC_TYPES + ".");
        }
        Optional<DataResourceType> known = DataResourceType.fromValue(type);
        if (known.isEmpty()) {
            throw EventSelectorsRule.invalid(selectorLabel + ": data resource type '" + type + "' is not valid; use "
                    + BASIC_TYPES + ".");
        }
        if (!known.get().inBasicSelectors()) {
            throw EventSelectorsRule.invalid(selectorLabel + ": " + type + " data events can only be logged with advanced"
                    + " event selectors; basic event selectors take " + BASIC_TYPES + ".");
        }
        return known.get();
    }
}
