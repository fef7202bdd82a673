package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.lang.reflect.Type;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactory;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Factories that turn AssertJ's generic assertions into CloudTrail assertions, for {@code asInstanceOf},
 * {@code extracting} and {@code first}/{@code element} on lists: one per {@code assertThat} of
 * {@link CloudTrailAssertions}, which implements this interface.
 *
 * <pre><code class='java'> import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.TRAIL;
 *
 * assertThat(cloudTrail.describeTrails().trailList()).first(TRAIL).isMultiRegion();
 * assertThat(response).extracting(GetTrailResponse::trail, TRAIL).hasLogFileValidationEnabled();</code></pre>
 */
public interface CloudTrailInstanceOfAssertFactories {

    /** {@link CloudTrailClient} to {@link CloudTrailClientAssert}. */
    InstanceOfAssertFactory<CloudTrailClient, CloudTrailClientAssert> CLOUD_TRAIL_CLIENT =
            new InstanceOfAssertFactory<>(CloudTrailClient.class, CloudTrailAssertions::assertThat);

    /** {@link CloudTrailMock} to {@link CloudTrailMockAssert}. */
    InstanceOfAssertFactory<CloudTrailMock, CloudTrailMockAssert> CLOUD_TRAIL_MOCK =
            new InstanceOfAssertFactory<>(CloudTrailMock.class, CloudTrailAssertions::assertThat);

    /** {@link Trail} to {@link TrailAssert}. */
    InstanceOfAssertFactory<Trail, TrailAssert> TRAIL =
            new InstanceOfAssertFactory<>(Trail.class, CloudTrailAssertions::assertThat);

    /** {@link GetTrailResponse} to the {@link TrailAssert} of its trail. */
    InstanceOfAssertFactory<GetTrailResponse, TrailAssert> GET_TRAIL_RESPONSE =
            new InstanceOfAssertFactory<>(GetTrailResponse.class, CloudTrailAssertions::assertThat);

    /** {@link GetTrailStatusResponse} to {@link TrailStatusAssert}. */
    InstanceOfAssertFactory<GetTrailStatusResponse, TrailStatusAssert> GET_TRAIL_STATUS_RESPONSE =
            new InstanceOfAssertFactory<>(GetTrailStatusResponse.class, CloudTrailAssertions::assertThat);

    /** {@link GetEventSelectorsResponse} to {@link EventSelectorsAssert}. */
    InstanceOfAssertFactory<GetEventSelectorsResponse, EventSelectorsAssert> GET_EVENT_SELECTORS_RESPONSE =
            new InstanceOfAssertFactory<>(GetEventSelectorsResponse.class, CloudTrailAssertions::assertThat);

    /** {@link EventSelector} to {@link EventSelectorAssert}. */
    InstanceOfAssertFactory<EventSelector, EventSelectorAssert> EVENT_SELECTOR =
            new InstanceOfAssertFactory<>(EventSelector.class, CloudTrailAssertions::assertThat);

    /** {@link AdvancedEventSelector} to {@link AdvancedEventSelectorAssert}. */
    InstanceOfAssertFactory<AdvancedEventSelector, AdvancedEventSelectorAssert> ADVANCED_EVENT_SELECTOR =
            new InstanceOfAssertFactory<>(AdvancedEventSelector.class, CloudTrailAssertions::assertThat);

    /** {@link GetInsightSelectorsResponse} to {@link InsightSelectorsAssert}. */
    InstanceOfAssertFactory<GetInsightSelectorsResponse, InsightSelectorsAssert> GET_INSIGHT_SELECTORS_RESPONSE =
            new InstanceOfAssertFactory<>(GetInsightSelectorsResponse.class, CloudTrailAssertions::assertThat);

    /** {@link LookupEventsResponse} to the {@link EventsAssert} of its events. */
    InstanceOfAssertFactory<LookupEventsResponse, EventsAssert> LOOKUP_EVENTS_RESPONSE =
            new InstanceOfAssertFactory<>(LookupEventsResponse.class, CloudTrailAssertions::assertThat);

    /** A {@link List} of {@link Event}s to {@link EventsAssert}. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // a class object cannot carry List's type argument
    InstanceOfAssertFactory<List, EventsAssert> EVENT_LIST = new InstanceOfAssertFactory<>(List.class,
            new Type[] {Event.class}, events -> CloudTrailAssertions.assertThatEvents(events));

    /** {@link Event} to {@link EventAssert}. */
    InstanceOfAssertFactory<Event, EventAssert> EVENT =
            new InstanceOfAssertFactory<>(Event.class, CloudTrailAssertions::assertThat);

    /** {@link ListTagsResponse} to {@link TagsAssert}. */
    InstanceOfAssertFactory<ListTagsResponse, TagsAssert> LIST_TAGS_RESPONSE =
            new InstanceOfAssertFactory<>(ListTagsResponse.class, CloudTrailAssertions::assertThat);

    /** {@link CloudTrailRecord} to {@link CloudTrailRecordAssert}. */
    InstanceOfAssertFactory<CloudTrailRecord, CloudTrailRecordAssert> CLOUD_TRAIL_RECORD =
            new InstanceOfAssertFactory<>(CloudTrailRecord.class, CloudTrailAssertions::assertThat);
}
