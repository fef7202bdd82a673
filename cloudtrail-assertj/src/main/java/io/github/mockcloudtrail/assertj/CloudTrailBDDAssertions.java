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

    protected CloudTrailBDDAssertions() {
    }

    /** As {@link CloudTrailAssertions#assertThat(CloudTrailClient)}: {@code then(cloudTrail).trail("org-audit").isLogging();} */
    public static CloudTrailClientAssert then(CloudTrailClient actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(CloudTrailMock)}: {@code then(mock).hasTrail("org-audit");} */
    public static CloudTrailMockAssert then(CloudTrailMock actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(Trail)}: {@code then(trail).isMultiRegion();} */
    public static TrailAssert then(Trail actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(GetTrailResponse)}: {@code then(getTrailResponse).isMultiRegion();} */
    public static TrailAssert then(GetTrailResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(GetTrailStatusResponse)}: {@code then(status).isLogging();} */
    public static TrailStatusAssert then(GetTrailStatusResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(GetEventSelectorsResponse)}: {@code then(selectors).hasSize(1);} */
    public static EventSelectorsAssert then(GetEventSelectorsResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(EventSelector)}: {@code then(selector).includesManagementEvents();} */
    public static EventSelectorAssert then(EventSelector actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(AdvancedEventSelector)}: {@code then(selector).hasName("Payroll");} */
    public static AdvancedEventSelectorAssert then(AdvancedEventSelector actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(GetInsightSelectorsResponse)}: {@code then(insights).hasNoInsightSelectors();} */
    public static InsightSelectorsAssert then(GetInsightSelectorsResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(LookupEventsResponse)}: {@code then(page).hasSize(2);} */
    public static EventsAssert then(LookupEventsResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThatEvents(List)}: {@code thenEvents(events).isInNewestFirstOrder();} */
    public static EventsAssert thenEvents(List<Event> actual) {
        return assertThatEvents(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(Event)}: {@code then(event).hasUsername("mallory");} */
    public static EventAssert then(Event actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(ListTagsResponse)}: {@code then(tags).hasTag("owner", "security");} */
    public static TagsAssert then(ListTagsResponse actual) {
        return assertThat(actual);
    }

    /** As {@link CloudTrailAssertions#assertThat(CloudTrailRecord)}: {@code then(record).hasNoErrorCode();} */
    public static CloudTrailRecordAssert then(CloudTrailRecord actual) {
        return assertThat(actual);
    }
}
