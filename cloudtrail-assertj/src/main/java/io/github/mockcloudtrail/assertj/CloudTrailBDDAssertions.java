package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.List;
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
 * The BDD-style entry point: {@code then(...)} for everything {@link CloudTrailAssertions#assertThat} takes,
 * to read as given / when / then.
 *
 * <pre><code class='java'> import static io.github.mockcloudtrail.assertj.CloudTrailBDDAssertions.then;
 *
 * // given
 * mock.seedTrail(TrailSeed.named("org-audit").logging(true).build());
 * // when
 * auditService.pause("org-audit");
 * // then
 * then(cloudTrail).trail("org-audit").isNotLogging();</code></pre>
 */
public class CloudTrailBDDAssertions extends CloudTrailAssertions {

    /** For subclasses that add entry points of their own; every method here is static. */
    protected CloudTrailBDDAssertions() {
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(CloudTrailClient)}: {@code then(cloudTrail).trail("org-audit").isLogging();}
     *
     * @param actual a client, of the mock or of real AWS
     * @return the assertions
     */
    public static CloudTrailClientAssert then(CloudTrailClient actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(CloudTrailMock)}: {@code then(mock).hasTrail("org-audit");}
     *
     * @param actual the mock's handle
     * @return the assertions
     */
    public static CloudTrailMockAssert then(CloudTrailMock actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(Trail)}: {@code then(trail).isMultiRegion();}
     *
     * @param actual a trail
     * @return the assertions
     */
    public static TrailAssert then(Trail actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(GetTrailResponse)}: {@code then(getTrailResponse).isMultiRegion();}
     *
     * @param actual a {@code GetTrail} answer
     * @return the assertions
     */
    public static TrailAssert then(GetTrailResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(GetTrailStatusResponse)}: {@code then(status).isLogging();}
     *
     * @param actual a {@code GetTrailStatus} answer
     * @return the assertions
     */
    public static TrailStatusAssert then(GetTrailStatusResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(GetEventSelectorsResponse)}: {@code then(selectors).hasSize(1);}
     *
     * @param actual a {@code GetEventSelectors} answer
     * @return the assertions
     */
    public static EventSelectorsAssert then(GetEventSelectorsResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(EventSelector)}: {@code then(selector).includesManagementEvents();}
     *
     * @param actual a basic event selector
     * @return the assertions
     */
    public static EventSelectorAssert then(EventSelector actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(AdvancedEventSelector)}: {@code then(selector).hasName("Payroll");}
     *
     * @param actual an advanced event selector
     * @return the assertions
     */
    public static AdvancedEventSelectorAssert then(AdvancedEventSelector actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(GetInsightSelectorsResponse)}: {@code then(insights).hasNoInsightSelectors();}
     *
     * @param actual a {@code GetInsightSelectors} answer
     * @return the assertions
     */
    public static InsightSelectorsAssert then(GetInsightSelectorsResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(LookupEventsResponse)}: {@code then(page).hasSize(2);}
     *
     * @param actual a {@code LookupEvents} answer
     * @return the assertions
     */
    public static EventsAssert then(LookupEventsResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThatEvents(List)}: {@code thenEvents(events).isInNewestFirstOrder();}
     *
     * @param actual events, such as those of every {@code LookupEvents} page
     * @return the assertions
     */
    public static EventsAssert thenEvents(List<Event> actual) {
        return assertThatEvents(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(Event)}: {@code then(event).hasUsername("mallory");}
     *
     * @param actual an event from {@code LookupEvents}
     * @return the assertions
     */
    public static EventAssert then(Event actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(ListTagsResponse)}: {@code then(tags).hasTag("owner", "security");}
     *
     * @param actual a {@code ListTags} answer
     * @return the assertions
     */
    public static TagsAssert then(ListTagsResponse actual) {
        return assertThat(actual);
    }

    /**
     * As {@link CloudTrailAssertions#assertThat(CloudTrailRecord)}: {@code then(record).hasNoErrorCode();}
     *
     * @param actual a CloudTrail record
     * @return the assertions
     */
    public static CloudTrailRecordAssert then(CloudTrailRecord actual) {
        return assertThat(actual);
    }
}
