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
 * The entry point of the CloudTrail assertions: {@code assertThat} for a client or the mock's handle (a live
 * view of trails and event history), and for the AWS SDK answers a test already holds, from the mock or
 * from real AWS. Import the methods statically, beside AssertJ's own {@code assertThat}:
 *
 * <pre><code class='java'> import static io.github.mockcloudtrail.assertj.CloudTrailAssertions.assertThat;
 *
 * assertThat(cloudTrail).trail("org-audit")
 *     .isLogging()
 *     .isMultiRegion()
 *     .hasLogFileValidationEnabled()
 *     .deliversTo("audit-logs", "org/")
 *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv");</code></pre>
 *
 * <p>Lists of events take {@link #assertThatEvents(List)}, since AssertJ's {@code assertThat(List)} owns
 * the name for lists. The factories of {@link CloudTrailInstanceOfAssertFactories} serve AssertJ's
 * {@code asInstanceOf} and {@code extracting}; {@link CloudTrailSoftAssertions} and
 * {@link CloudTrailBDDAssertions} offer the same entry points softly and as {@code then}.
 */
public class CloudTrailAssertions implements CloudTrailInstanceOfAssertFactories {

    protected CloudTrailAssertions() {
    }

    /**
     * Assertions on CloudTrail as this client sees it: trails by name, their live state, the event history.
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").isLogging();</code></pre>
     */
    public static CloudTrailClientAssert assertThat(CloudTrailClient actual) {
        return new CloudTrailClientAssert(actual);
    }

    /**
     * Assertions on the mock through its handle, as a client built from it sees it, and on the calls it
     * received.
     *
     * <pre><code class='java'> assertThat(mock).hasTrail("org-audit");
     * assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("org-audit").once();</code></pre>
     */
    public static CloudTrailMockAssert assertThat(CloudTrailMock actual) {
        return new CloudTrailMockAssert(actual);
    }

    /**
     * Assertions on a trail's configuration, from {@code DescribeTrails} or {@code GetTrail}.
     *
     * <pre><code class='java'> assertThat(cloudTrail.describeTrails().trailList().get(0)).isMultiRegion();</code></pre>
     */
    public static TrailAssert assertThat(Trail actual) {
        return new TrailAssert(actual);
    }

    /**
     * Assertions on the trail of a {@code GetTrail} answer.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.getTrail(r -&gt; r.name("org-audit"))).hasLogFileValidationEnabled();</code></pre>
     */
    public static TrailAssert assertThat(GetTrailResponse actual) {
        return new TrailAssert(actual == null ? null : actual.trail());
    }

    /**
     * Assertions on a trail's logging status.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.getTrailStatus(r -&gt; r.name("org-audit"))).isLogging();</code></pre>
     */
    public static TrailStatusAssert assertThat(GetTrailStatusResponse actual) {
        return new TrailStatusAssert(actual);
    }

    /**
     * Assertions on a trail's event selectors, basic or advanced, and what they would log.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.getEventSelectors(r -&gt; r.trailName("org-audit")))
     *     .logsManagementEvents(ReadWriteType.ALL);</code></pre>
     */
    public static EventSelectorsAssert assertThat(GetEventSelectorsResponse actual) {
        return new EventSelectorsAssert(actual);
    }

    /**
     * Assertions on one basic event selector.
     *
     * <pre><code class='java'> assertThat(selector).hasReadWriteType(ReadWriteType.WRITE_ONLY);</code></pre>
     */
    public static EventSelectorAssert assertThat(EventSelector actual) {
        return new EventSelectorAssert(actual);
    }

    /**
     * Assertions on one advanced event selector.
     *
     * <pre><code class='java'> assertThat(advancedSelector).hasName("Payroll uploads");</code></pre>
     */
    public static AdvancedEventSelectorAssert assertThat(AdvancedEventSelector actual) {
        return new AdvancedEventSelectorAssert(actual);
    }

    /**
     * Assertions on a trail's Insights selectors.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.getInsightSelectors(r -&gt; r.trailName("org-audit")))
     *     .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT);</code></pre>
     */
    public static InsightSelectorsAssert assertThat(GetInsightSelectorsResponse actual) {
        return new InsightSelectorsAssert(actual);
    }

    /**
     * Assertions on the events of one {@code LookupEvents} page.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.lookupEvents(r -&gt; { })).containsEventNamed("CreateTrail");</code></pre>
     */
    public static EventsAssert assertThat(LookupEventsResponse actual) {
        return new EventsAssert(actual == null ? null : actual.events());
    }

    /**
     * Assertions on a list of events, such as the pages of {@code LookupEvents} put together.
     *
     * <pre><code class='java'>
     * assertThatEvents(cloudTrail.lookupEventsPaginator(r -&gt; { }).events().stream().toList())
     *     .isInNewestFirstOrder();</code></pre>
     */
    public static EventsAssert assertThatEvents(List<Event> actual) {
        return new EventsAssert(actual);
    }

    /**
     * Assertions on one event {@code LookupEvents} returned, and its CloudTrail record.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.lookupEvents(r -&gt; { }).events().get(0)).hasEventName("CreateTrail");</code></pre>
     */
    public static EventAssert assertThat(Event actual) {
        return new EventAssert(actual);
    }

    /**
     * Assertions on the tags of the trails a {@code ListTags} answer lists.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.listTags(r -&gt; r.resourceIdList(trailArn))).hasTag("owner", "security");</code></pre>
     */
    public static TagsAssert assertThat(ListTagsResponse actual) {
        return new TagsAssert(actual);
    }

    /**
     * Assertions on one CloudTrail record, such as a record of a log file CloudTrail delivered to S3.
     *
     * <pre><code class='java'>
     * assertThat(CloudTrailRecord.parse(recordJson)).hasUserIdentityType("AssumedRole");</code></pre>
     */
    public static CloudTrailRecordAssert assertThat(CloudTrailRecord actual) {
        return new CloudTrailRecordAssert(actual);
    }
}
