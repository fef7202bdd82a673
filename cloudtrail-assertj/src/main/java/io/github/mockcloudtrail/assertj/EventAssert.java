package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldBeReadOnly;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldHaveEventName;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldHaveEventSource;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldHaveRecord;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldHaveResource;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldHaveUsername;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventField.shouldNotBeReadOnly;

import java.util.Objects;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * Assertions on one event {@code LookupEvents} returned: its lookup fields, and through {@link #record()}
 * the fields of its CloudTrail record (user identity, request parameters, error code).
 *
 * <pre><code class='java'> assertThat(cloudTrail).eventHistory().event(0)
 *     .hasEventName("StopLogging")
 *     .hasUsername("mock-user")
 *     .isNotReadOnly()
 *     .hasResource("AWS::CloudTrail::Trail", "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit")
 *     .record().hasRequestParameter("name", "org-audit").hasNoErrorCode();</code></pre>
 */
public class EventAssert extends AbstractCloudTrailAssert<EventAssert, Event> {

    /**
     * Assertions on an event from {@code LookupEvents}; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public EventAssert(Event actual) {
        super(actual, EventAssert.class);
    }

    /**
     * Verifies the event's name, the API operation.
     *
     * <pre><code class='java'> assertThat(event).hasEventName("StopLogging");</code></pre>
     *
     * @param eventName the operation, such as {@code StopLogging}
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if the event has another name
     */
    public EventAssert hasEventName(String eventName) {
        return check(event -> Objects.equals(eventName, event.eventName()),
                event -> shouldHaveEventName(event, eventName));
    }

    /**
     * Verifies the service the event comes from.
     *
     * <pre><code class='java'> assertThat(event).hasEventSource("cloudtrail.amazonaws.com");</code></pre>
     *
     * @param eventSource the service, such as {@code cloudtrail.amazonaws.com}
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if the event comes from another service
     */
    public EventAssert hasEventSource(String eventSource) {
        return check(event -> Objects.equals(eventSource, event.eventSource()),
                event -> shouldHaveEventSource(event, eventSource));
    }

    /**
     * Verifies who made the call ({@code Username}).
     *
     * <pre><code class='java'> assertThat(event).hasUsername("mallory");</code></pre>
     *
     * @param username the user
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if another user made the call
     */
    public EventAssert hasUsername(String username) {
        return check(event -> Objects.equals(username, event.username()), event -> shouldHaveUsername(event, username));
    }

    /**
     * Verifies that the call only read ({@code ReadOnly} true).
     *
     * <pre><code class='java'> assertThat(event).isReadOnly();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if the event is not marked read-only
     */
    public EventAssert isReadOnly() {
        return check(event -> "true".equals(event.readOnly()), event -> shouldBeReadOnly(event));
    }

    /**
     * Verifies that the call wrote ({@code ReadOnly} false).
     *
     * <pre><code class='java'> assertThat(event).isNotReadOnly();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if the event is not marked as a write
     */
    public EventAssert isNotReadOnly() {
        return check(event -> "false".equals(event.readOnly()), event -> shouldNotBeReadOnly(event));
    }

    /**
     * Verifies that the event names this resource ({@code Resources}).
     *
     * <pre><code class='java'>
     * assertThat(event)
     *     .hasResource("AWS::CloudTrail::Trail", "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");</code></pre>
     *
     * @param resourceType the resource's type, such as {@code AWS::CloudTrail::Trail}
     * @param resourceName the resource's name or ARN, as the event gives it
     * @return this assertion object
     * @throws AssertionError if the event is null
     * @throws AssertionError if the event does not name this resource
     */
    public EventAssert hasResource(String resourceType, String resourceName) {
        return check(event -> {
            if (event.resources().stream().noneMatch(resource -> Objects.equals(resourceType, resource.resourceType())
                    && Objects.equals(resourceName, resource.resourceName()))) {
                throw assertionError(shouldHaveResource(event, resourceType, resourceName));
            }
        });
    }

    /**
     * Leads to the event's CloudTrail record ({@code CloudTrailEvent}), read with {@link CloudTrailRecord#parse(String)};
     * {@link CloudTrailRecordAssert#returnToEvent()} leads back.
     *
     * <pre><code class='java'>
     * assertThat(event).record().hasUserIdentityType("IAMUser").hasErrorCode("TrailNotFoundException");</code></pre>
     *
     * @return assertions on the record
     * @throws AssertionError if the event carries no record, or one that cannot be read
     */
    public CloudTrailRecordAssert record() {
        return navigate(CloudTrailRecordAssert.class, CloudTrailRecord.class, event -> {
            if (event.cloudTrailEvent() == null) {
                throw assertionError(shouldHaveRecord(event, "it has no CloudTrailEvent"));
            }
            try {
                return CloudTrailRecord.parse(event.cloudTrailEvent());
            } catch (IllegalArgumentException unreadable) {
                throw assertionError(shouldHaveRecord(event,
                        "its CloudTrailEvent cannot be read (" + unreadable.getMessage() + ")"));
            }
        }, CloudTrailRecordAssert::new);
    }

    /**
     * Leads back to the events this one was reached from.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().event(0).hasEventName("DeleteTrail").returnToEvents()
     *     .hasSize(2);</code></pre>
     *
     * @return the events' assertion object
     * @throws IllegalStateException if the event was not reached from {@link EventsAssert}
     */
    public EventsAssert returnToEvents() {
        return origin(EventsAssert.class, "EventsAssert.event(int) or singleEvent()");
    }
}
