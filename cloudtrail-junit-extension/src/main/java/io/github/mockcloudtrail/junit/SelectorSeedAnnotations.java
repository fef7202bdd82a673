package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.TrailSeed;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;

/** Reads the selector attributes of a {@link SeedTrail} into the SDK model types a {@link TrailSeed} takes. */
final class SelectorSeedAnnotations {
    private SelectorSeedAnnotations() {
    }

    static void addTo(TrailSeed.Builder seed, SeedTrail annotation) {
        seed.eventSelectors(Arrays.stream(annotation.eventSelectors()).map(SelectorSeedAnnotations::eventSelector).toList())
                .advancedEventSelectors(Arrays.stream(annotation.advancedEventSelectors())
                        .map(SelectorSeedAnnotations::advancedEventSelector)
                        .toList())
                .insightTypes(annotation.insightTypes());
    }

    private static EventSelector eventSelector(SeedEventSelector annotation) {
        return EventSelector.builder()
                .readWriteType(annotation.readWriteType())
                .includeManagementEvents(annotation.includeManagementEvents())
                .dataResources(Arrays.stream(annotation.dataResources())
                        .map(data -> DataResource.builder().type(data.type()).values(data.values()).build())
                        .toList())
                .excludeManagementEventSources(annotation.excludeManagementEventSources())
                .build();
    }

    private static AdvancedEventSelector advancedEventSelector(SeedAdvancedEventSelector annotation) {
        return AdvancedEventSelector.builder()
                .name(annotation.name().isEmpty() ? null : annotation.name())
                .fieldSelectors(Arrays.stream(annotation.fieldSelectors()).map(SelectorSeedAnnotations::fieldSelector).toList())
                .build();
    }

    /** Operators given no values stay absent, as in a request that leaves them out. */
    private static AdvancedFieldSelector fieldSelector(SeedFieldSelector annotation) {
        return AdvancedFieldSelector.builder()
                .field(annotation.field())
                .equalsValue(presentOrNull(annotation.equalsValue()))
                .startsWith(presentOrNull(annotation.startsWith()))
                .endsWith(presentOrNull(annotation.endsWith()))
                .notEquals(presentOrNull(annotation.notEquals()))
                .notStartsWith(presentOrNull(annotation.notStartsWith()))
                .notEndsWith(presentOrNull(annotation.notEndsWith()))
                .build();
    }

    private static List<String> presentOrNull(String[] values) {
        return values.length == 0 ? null : List.of(values);
    }
}
