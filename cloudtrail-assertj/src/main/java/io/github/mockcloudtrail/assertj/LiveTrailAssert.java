package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.selectors.EventDescription;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Assertions on a trail as CloudTrail reports it through a client, the mock's or real AWS's: its
 * configuration, logging status, event selectors, Insights selectors and tags, and what its selectors
 * would log, decided by the same {@code SelectorEvaluator} the mock uses.
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit")
 *     .isLogging()
 *     .isMultiRegion()
 *     .hasLogFileValidationEnabled()
 *     .deliversTo("audit-logs", "org/")
 *     .hasTag("owner", "security")
 *     .logsManagementEvents(ReadWriteType.ALL)
 *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv")
 *     .doesNotLogManagementEventsFrom("kms.amazonaws.com")
 *     .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT);</code></pre>
 *
 * <p>Each part of the trail is read once, when an assertion first needs it (see {@link LiveTrail}).
 */
public class LiveTrailAssert extends AbstractTrailAssert<LiveTrailAssert, LiveTrail> {

    /**
     * Assertions on a trail read live through a client; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public LiveTrailAssert(LiveTrail actual) {
        super(actual, LiveTrailAssert.class);
    }

    @Override
    protected Trail trailOf(LiveTrail actual) {
        return actual.trail();
    }

    /**
     * Verifies that the trail is logging ({@code GetTrailStatus}'s {@code IsLogging}).
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").isLogging();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is not logging
     */
    public LiveTrailAssert isLogging() {
        return check(trail -> failIfPresent(TrailChecks.logging(trail.name(), trail.status(), true)));
    }

    /**
     * Verifies that the trail is not logging.
     *
     * <pre><code class='java'> cloudTrail.stopLogging(r -&gt; r.name("org-audit"));
     * assertThat(cloudTrail).trail("org-audit").isNotLogging();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail is logging
     */
    public LiveTrailAssert isNotLogging() {
        return check(trail -> failIfPresent(TrailChecks.logging(trail.name(), trail.status(), false)));
    }

    /**
     * Verifies that the trail has this tag ({@code ListTags}).
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").hasTag("owner", "security");</code></pre>
     *
     * @param key the tag's key
     * @param value the tag's value; null or empty for a tag without value
     * @return this assertion object
     * @throws AssertionError if the trail has no tag with this key
     * @throws AssertionError if the tag has another value
     */
    public LiveTrailAssert hasTag(String key, String value) {
        return check(trail -> failIfPresent(TrailChecks.hasTag(trail.name(), trail.tags(), key, value)));
    }

    /**
     * Verifies that the trail has no tag with this key.
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").hasNoTag("temporary");</code></pre>
     *
     * @param key the tag's key
     * @return this assertion object
     * @throws AssertionError if the trail has a tag with this key
     */
    public LiveTrailAssert hasNoTag(String key) {
        return check(trail -> failIfPresent(TrailChecks.hasNoTag(trail.name(), trail.tags(), key)));
    }

    /**
     * Verifies that the trail has Insights selectors for exactly these insight types ({@code GetInsightSelectors}).
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT);</code></pre>
     *
     * @param insightTypes the insight types, in any order
     * @return this assertion object
     * @throws IllegalArgumentException if no insight type is given (use {@link #hasNoInsightSelectors()})
     * @throws AssertionError if the trail's Insights selectors are for other types, more types, or none
     */
    public LiveTrailAssert hasInsightSelectors(InsightType... insightTypes) {
        return check(trail -> failIfPresent(
                TrailChecks.hasInsightSelectors(trail.name(), trail.insightSelectors(), insightTypes)));
    }

    /**
     * Verifies that the trail has no Insights selectors (CloudTrail answers {@code InsightNotEnabledException}).
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").hasNoInsightSelectors();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the trail has Insights selectors
     */
    public LiveTrailAssert hasNoInsightSelectors() {
        return check(trail -> failIfPresent(TrailChecks.hasNoInsightSelectors(trail.name(), trail.insightSelectors())));
    }

    /**
     * Verifies that the trail's selectors log management events of this kind: {@code ALL} means both
     * read-only and write ones, {@code READ_ONLY} read-only ones, {@code WRITE_ONLY} write ones. A trail
     * that logs more passes too: one logging all management events logs write ones. Events of a source the
     * trail excludes (such as {@code kms.amazonaws.com}) do not count; check them with
     * {@link #doesNotLogManagementEventsFrom(String)}.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").logsManagementEvents(ReadWriteType.ALL);</code></pre>
     *
     * @param readWriteType which management events must be logged
     * @return this assertion object
     * @throws AssertionError if the trail's selectors would not log read-only management events when they must
     * @throws AssertionError if the trail's selectors would not log write management events when they must
     */
    public LiveTrailAssert logsManagementEvents(ReadWriteType readWriteType) {
        return check(trail -> failIfPresent(TrailChecks.logsManagementEvents(trail.eventSelectors(), readWriteType)));
    }

    /**
     * Verifies that the trail's selectors log neither read-only nor write management events of this service,
     * as a trail that excludes {@code kms.amazonaws.com} to save cost.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").doesNotLogManagementEventsFrom("kms.amazonaws.com");</code></pre>
     *
     * @param eventSource the service, such as {@code kms.amazonaws.com}
     * @return this assertion object
     * @throws AssertionError if a selector would log the service's read-only or write management events
     */
    public LiveTrailAssert doesNotLogManagementEventsFrom(String eventSource) {
        return check(trail -> failIfPresent(TrailChecks.doesNotLogManagementEventsFrom(trail.eventSelectors(), eventSource)));
    }

    /**
     * Verifies that the trail's selectors log the data events on this resource, reads and writes: a typical
     * read and a typical write of the type (listed in the failure message), such as {@code GetObject} and
     * {@code PutObject} for S3 objects, must both be logged. Lambda functions have only write data events.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit")
     *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv");</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource, such as {@code arn:aws:s3:::payroll/2026/report.csv}
     * @return this assertion object
     * @throws AssertionError if the trail's selectors would not log a read of the resource
     * @throws AssertionError if the trail's selectors would not log a write of the resource
     */
    public LiveTrailAssert logsDataEventsFor(String resourceType, String resourceArn) {
        return logsDataEventsFor(resourceType, resourceArn, ReadWriteType.ALL);
    }

    /**
     * Verifies that the trail's selectors log the data events of this kind on this resource: reads, writes
     * or both ({@code ALL}).
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("uploads")
     *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/a.csv", ReadWriteType.WRITE_ONLY);</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @param readWriteType which data events must be logged
     * @return this assertion object
     * @throws IllegalArgumentException if the type has no data events of that kind (Lambda functions have no read-only ones)
     * @throws AssertionError if the trail's selectors would not log such a read of the resource
     * @throws AssertionError if the trail's selectors would not log such a write of the resource
     */
    public LiveTrailAssert logsDataEventsFor(String resourceType, String resourceArn, ReadWriteType readWriteType) {
        return check(trail -> failIfPresent(TrailChecks.logsDataEvents(trail.eventSelectors(), resourceType, resourceArn,
                readWriteType)));
    }

    /**
     * Verifies that the trail's selectors log neither reads nor writes of this resource.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit")
     *     .doesNotLogDataEventsFor("AWS::S3::Object", "arn:aws:s3:::scratch/tmp.txt");</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @return this assertion object
     * @throws AssertionError if the trail's selectors would log a read or a write of the resource
     */
    public LiveTrailAssert doesNotLogDataEventsFor(String resourceType, String resourceArn) {
        return check(trail -> failIfPresent(TrailChecks.doesNotLogDataEvents(trail.eventSelectors(), resourceType, resourceArn)));
    }

    /**
     * Verifies that the trail's selectors would log this event, basic and advanced selectors alike; Insights
     * events are decided by the trail's Insights selectors. Whether the trail is logging at all is
     * {@link #isLogging()}'s business.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("payroll-audit").wouldLog(EventDescription.data("s3.amazonaws.com", "PutObject")
     *     .readOnly(false).resource("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv").build());</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if no selector of the trail matches the event; the message says why each does not
     */
    public LiveTrailAssert wouldLog(EventDescription event) {
        return check(trail -> failIfPresent(TrailChecks.wouldLog(trail.eventSelectors(), trail::insightSelectors, event, true)));
    }

    /**
     * Verifies that the trail's selectors would log this event {@code LookupEvents} returned (read from its
     * CloudTrail record, see {@link EventDescription#fromLookupEvent(Event)}).
     *
     * <pre><code class='java'> Event stop = cloudTrail.lookupEvents(r -&gt; { }).events().get(0);
     * assertThat(cloudTrail).trail("org-audit").wouldLog(stop);</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if no selector of the trail matches the event; the message says why each does not
     */
    public LiveTrailAssert wouldLog(Event event) {
        return wouldLog(EventDescription.fromLookupEvent(event));
    }

    /**
     * Verifies that none of the trail's selectors would log this event.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("payroll-audit").wouldNotLog(EventDescription.data("s3.amazonaws.com", "GetObject")
     *     .readOnly(true).resource("AWS::S3::Object", "arn:aws:s3:::payroll/march.csv").build());</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if a selector of the trail matches the event; the message names it
     */
    public LiveTrailAssert wouldNotLog(EventDescription event) {
        return check(trail -> failIfPresent(TrailChecks.wouldLog(trail.eventSelectors(), trail::insightSelectors, event, false)));
    }

    /**
     * Verifies that none of the trail's selectors would log this event {@code LookupEvents} returned.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("writes-only").wouldNotLog(cloudTrail.lookupEvents(r -&gt; { }).events()
     *     .get(0));</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if a selector of the trail matches the event; the message names it
     */
    public LiveTrailAssert wouldNotLog(Event event) {
        return wouldNotLog(EventDescription.fromLookupEvent(event));
    }

    /**
     * Leads to the trail's logging status ({@code GetTrailStatus}), soft when these assertions are;
     * {@link TrailStatusAssert#returnToTrail()} leads back.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").status().isLogging().hasNoDeliveryErrors();</code></pre>
     *
     * @return assertions on the status
     * @throws AssertionError if the trail is null
     */
    public TrailStatusAssert status() {
        return navigate(TrailStatusAssert.class, GetTrailStatusResponse.class, LiveTrail::status, TrailStatusAssert::new,
                status -> status.trailName = actual == null ? null : actual.name());
    }

    /**
     * Leads to the trail's event selectors ({@code GetEventSelectors}), list-like, soft when these
     * assertions are; {@link EventSelectorsAssert#returnToTrail()} leads back.
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit")
     *     .eventSelectors().hasSize(1)
     *     .selector(0).hasReadWriteType(ReadWriteType.WRITE_ONLY)
     *     .returnToSelectors().returnToTrail()
     *     .isLogging();</code></pre>
     *
     * @return assertions on the selectors
     * @throws AssertionError if the trail is null
     */
    public EventSelectorsAssert eventSelectors() {
        return navigate(EventSelectorsAssert.class, GetEventSelectorsResponse.class, LiveTrail::eventSelectors,
                EventSelectorsAssert::new);
    }
}
