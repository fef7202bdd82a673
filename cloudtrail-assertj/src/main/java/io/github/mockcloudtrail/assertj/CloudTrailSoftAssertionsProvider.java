package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;
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
 * Soft CloudTrail assertions to mix into your own soft assertions class: every entry point of
 * {@link CloudTrailAssertions} as a default method whose assertions collect failures instead of throwing,
 * and so do the assertions they lead to ({@code trail(...)}, {@code eventSelectors()}, {@code event(0)}, ...).
 *
 * <pre><code class='java'>
 * public class MySoftAssertions extends SoftAssertions implements CloudTrailSoftAssertionsProvider {
 * }
 *
 * &#64;ExtendWith(SoftAssertionsExtension.class)
 * class AuditTest {
 *     &#64;InjectSoftAssertions
 *     MySoftAssertions softly;
 *
 *     &#64;Test
 *     void auditTrailIsInShape(CloudTrailClient cloudTrail) {
 *         softly.assertThat(cloudTrail).trail("org-audit").isLogging().isMultiRegion();
 *         softly.assertThat(List.of(1, 2)).hasSize(2);
 *     }
 * }</code></pre>
 */
public interface CloudTrailSoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Soft {@link CloudTrailAssertions#assertThat(CloudTrailClient)}.
     *
     * @param actual a client, of the mock or of real AWS
     * @return the assertions, collecting their failures softly
     */
    default CloudTrailClientAssert assertThat(CloudTrailClient actual) {
        return proxy(CloudTrailClientAssert.class, CloudTrailClient.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(CloudTrailMock)}.
     *
     * @param actual the mock's handle
     * @return the assertions, collecting their failures softly
     */
    default CloudTrailMockAssert assertThat(CloudTrailMock actual) {
        return proxy(CloudTrailMockAssert.class, CloudTrailMock.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(Trail)}.
     *
     * @param actual a trail
     * @return the assertions, collecting their failures softly
     */
    default TrailAssert assertThat(Trail actual) {
        return proxy(TrailAssert.class, Trail.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(GetTrailResponse)}.
     *
     * @param actual a {@code GetTrail} answer
     * @return the assertions, collecting their failures softly
     */
    default TrailAssert assertThat(GetTrailResponse actual) {
        return proxy(TrailAssert.class, Trail.class, actual == null ? null : actual.trail()).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(GetTrailStatusResponse)}.
     *
     * @param actual a {@code GetTrailStatus} answer
     * @return the assertions, collecting their failures softly
     */
    default TrailStatusAssert assertThat(GetTrailStatusResponse actual) {
        return proxy(TrailStatusAssert.class, GetTrailStatusResponse.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(GetEventSelectorsResponse)}.
     *
     * @param actual a {@code GetEventSelectors} answer
     * @return the assertions, collecting their failures softly
     */
    default EventSelectorsAssert assertThat(GetEventSelectorsResponse actual) {
        return proxy(EventSelectorsAssert.class, GetEventSelectorsResponse.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(EventSelector)}.
     *
     * @param actual a basic event selector
     * @return the assertions, collecting their failures softly
     */
    default EventSelectorAssert assertThat(EventSelector actual) {
        return proxy(EventSelectorAssert.class, EventSelector.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(AdvancedEventSelector)}.
     *
     * @param actual an advanced event selector
     * @return the assertions, collecting their failures softly
     */
    default AdvancedEventSelectorAssert assertThat(AdvancedEventSelector actual) {
        return proxy(AdvancedEventSelectorAssert.class, AdvancedEventSelector.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(GetInsightSelectorsResponse)}.
     *
     * @param actual a {@code GetInsightSelectors} answer
     * @return the assertions, collecting their failures softly
     */
    default InsightSelectorsAssert assertThat(GetInsightSelectorsResponse actual) {
        return proxy(InsightSelectorsAssert.class, GetInsightSelectorsResponse.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(LookupEventsResponse)}.
     *
     * @param actual a {@code LookupEvents} answer
     * @return the assertions, collecting their failures softly
     */
    default EventsAssert assertThat(LookupEventsResponse actual) {
        return assertThatEvents(actual == null ? null : actual.events());
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThatEvents(List)}.
     *
     * @param actual events, such as those of every {@code LookupEvents} page
     * @return the assertions, collecting their failures softly
     */
    default EventsAssert assertThatEvents(List<Event> actual) {
        return proxy(EventsAssert.class, EventsAssert.eventListType(), actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(Event)}.
     *
     * @param actual an event from {@code LookupEvents}
     * @return the assertions, collecting their failures softly
     */
    default EventAssert assertThat(Event actual) {
        return proxy(EventAssert.class, Event.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(ListTagsResponse)}.
     *
     * @param actual a {@code ListTags} answer
     * @return the assertions, collecting their failures softly
     */
    default TagsAssert assertThat(ListTagsResponse actual) {
        return proxy(TagsAssert.class, ListTagsResponse.class, actual).softlyIn(this);
    }

    /**
     * Soft {@link CloudTrailAssertions#assertThat(CloudTrailRecord)}.
     *
     * @param actual a CloudTrail record
     * @return the assertions, collecting their failures softly
     */
    default CloudTrailRecordAssert assertThat(CloudTrailRecord actual) {
        return proxy(CloudTrailRecordAssert.class, CloudTrailRecord.class, actual).softlyIn(this);
    }
}
