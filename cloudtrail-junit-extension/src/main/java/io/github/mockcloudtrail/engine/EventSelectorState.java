package io.github.mockcloudtrail.engine;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * A trail's event selectors as CloudTrail stores them: basic or advanced, never both. Immutable, so
 * snapshots share it.
 *
 * @param basic the basic event selectors; empty when the trail has advanced ones
 * @param advanced the advanced event selectors; empty when the trail has basic ones
 * @param custom whether {@code PutEventSelectors} has set them, which {@code HasCustomEventSelectors} reports
 */
record EventSelectorState(List<EventSelector> basic, List<AdvancedEventSelector> advanced, boolean custom) {
    /** A new trail's selector: all management events, read and write, and no data events. */
    static final EventSelector DEFAULT_SELECTOR = EventSelector.builder()
            .readWriteType(ReadWriteType.ALL)
            .includeManagementEvents(true)
            .dataResources(new ArrayList<>())
            .excludeManagementEventSources(new ArrayList<>())
            .build();

    static final EventSelectorState DEFAULT = new EventSelectorState(List.of(DEFAULT_SELECTOR), List.of(), false);

    EventSelectorState {
        basic = List.copyOf(basic);
        advanced = List.copyOf(advanced);
    }

    static EventSelectorState ofBasic(List<EventSelector> selectors) {
        return new EventSelectorState(selectors, List.of(), true);
    }

    static EventSelectorState ofAdvanced(List<AdvancedEventSelector> selectors) {
        return new EventSelectorState(List.of(), selectors, true);
    }

    /** The {@code GetEventSelectors} answer: the kind of selectors the trail has, the other kind absent. */
    GetEventSelectorsResponse render(TrailArn trail) {
        GetEventSelectorsResponse.Builder response = GetEventSelectorsResponse.builder().trailARN(trail.toString());
        if (advanced.isEmpty()) {
            response.eventSelectors(basic);
        } else {
            response.advancedEventSelectors(advanced);
        }
        return response.build();
    }
}
