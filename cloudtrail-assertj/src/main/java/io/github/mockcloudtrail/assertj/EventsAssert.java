package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldBeNewestFirst;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldContainEventBy;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldContainEventNamed;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldHaveEventAt;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldHaveEventCount;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldHaveSingleEvent;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEvents.shouldNotContainEventNamed;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * Assertions on a list of events as {@code LookupEvents} returns them: what they contain, their order, and
 * filters (by source, read-only, resource) and one event, both soft when these assertions are. Reach them
 * from a client's event history, from a {@code LookupEvents} answer, or from a list of events.
 *
 * <pre><code class='java'> assertThat(cloudTrail).eventHistory()
 *     .isInNewestFirstOrder()
 *     .containsEventNamed("StopLogging")
 *     .hasEventBy("mallory")
 *     .filteredOnSource("cloudtrail.amazonaws.com").filteredOnReadOnly(false)
 *     .event(0).hasEventName("StopLogging")
 *     .record().hasUserIdentityType("IAMUser");</code></pre>
 */
public class EventsAssert extends AbstractCloudTrailAssert<EventsAssert, List<Event>> {
    /** Names the events in failure messages, such as {@code the event history in us-east-1}. */
    String label = "the events";

    /**
     * Assertions on events, such as those of every {@code LookupEvents} page; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public EventsAssert(List<Event> actual) {
        super(actual, EventsAssert.class);
    }

    /**
     * Verifies that an event has this name ({@code EventName}).
     *
     * <pre><code class='java'> assertThat(cloudTrail).eventHistory().containsEventNamed("StopLogging");</code></pre>
     *
     * @param eventName the API operation, such as {@code StopLogging}
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if no event has this name
     */
    public EventsAssert containsEventNamed(String eventName) {
        return check(events -> events.stream().anyMatch(named(eventName)),
                events -> shouldContainEventNamed(label, eventName, events));
    }

    /**
     * Verifies that no event has this name.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().doesNotContainEventNamed("DeleteTrail");</code></pre>
     *
     * @param eventName the API operation, such as {@code DeleteTrail}
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if an event has this name
     */
    public EventsAssert doesNotContainEventNamed(String eventName) {
        return check(events -> events.stream().noneMatch(named(eventName)),
                events -> shouldNotContainEventNamed(label, eventName, events));
    }

    /**
     * Verifies that an event was made by this user ({@code Username}: an IAM user's name, {@code root}, an
     * assumed role's session name).
     *
     * <pre><code class='java'> assertThat(cloudTrail).eventHistory().hasEventBy("mallory");</code></pre>
     *
     * @param username the user
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if no event was made by this user
     */
    public EventsAssert hasEventBy(String username) {
        return check(events -> events.stream().anyMatch(event -> Objects.equals(username, event.username())),
                events -> shouldContainEventBy(label, username, events));
    }

    /**
     * Verifies that the events are newest first, as {@code LookupEvents} returns them; events of the same
     * time may come in any order.
     *
     * <pre><code class='java'> assertThat(cloudTrail).eventHistory().isInNewestFirstOrder();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if an event is newer than the one before it
     */
    public EventsAssert isInNewestFirstOrder() {
        return check(events -> {
            for (int i = 1; i < events.size(); i++) {
                Event previous = events.get(i - 1);
                Event event = events.get(i);
                if (event.eventTime() != null && previous.eventTime() != null
                        && event.eventTime().isAfter(previous.eventTime())) {
                    throw assertionError(shouldBeNewestFirst(label, i, events));
                }
            }
        });
    }

    /**
     * Verifies the number of events.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().filteredOnSource("cloudtrail.amazonaws.com").hasSize(2);</code></pre>
     *
     * @param expected the number of events
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if there are more or fewer events
     */
    public EventsAssert hasSize(int expected) {
        return check(events -> events.size() == expected, events -> shouldHaveEventCount(label, expected, events));
    }

    /**
     * Verifies that there are no events.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().filteredOnSource("kms.amazonaws.com").isEmpty();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the events are null
     * @throws AssertionError if there are events
     */
    public EventsAssert isEmpty() {
        return hasSize(0);
    }

    /**
     * Leads to the events from this service ({@code EventSource}); failures name the filter.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().filteredOnSource("cloudtrail.amazonaws.com")
     *     .containsEventNamed("CreateTrail");</code></pre>
     *
     * @param eventSource the service, such as {@code cloudtrail.amazonaws.com}
     * @return assertions on the events from this service
     * @throws AssertionError if the events are null
     */
    public EventsAssert filteredOnSource(String eventSource) {
        return filtered(event -> Objects.equals(eventSource, event.eventSource()), "from " + eventSource);
    }

    /**
     * Leads to the events that only read ({@code readOnly} true) or those that write (false).
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().filteredOnReadOnly(false)
     *     .doesNotContainEventNamed("DeleteTrail");</code></pre>
     *
     * @param readOnly true for the events that only read, false for those that write
     * @return assertions on those events
     * @throws AssertionError if the events are null
     */
    public EventsAssert filteredOnReadOnly(boolean readOnly) {
        return filtered(event -> String.valueOf(readOnly).equals(event.readOnly()), readOnly ? "that only read" : "that write");
    }

    /**
     * Leads to the events that name this resource ({@code Resources}), by name or ARN as the event gives it.
     *
     * <pre><code class='java'> assertThat(cloudTrail).eventHistory()
     *     .filteredOnResource("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit")
     *     .containsEventNamed("StopLogging");</code></pre>
     *
     * @param resourceName the resource's name or ARN
     * @return assertions on those events
     * @throws AssertionError if the events are null
     */
    public EventsAssert filteredOnResource(String resourceName) {
        return filtered(event -> event.resources().stream()
                        .anyMatch(resource -> Objects.equals(resourceName, resource.resourceName())),
                "on " + resourceName);
    }

    /**
     * Leads to one event, by position (from 0, the newest as {@code LookupEvents} returns them);
     * {@link EventAssert#returnToEvents()} leads back.
     *
     * <pre><code class='java'> assertThat(cloudTrail).eventHistory().event(0).hasEventName("DeleteTrail");</code></pre>
     *
     * @param index the event's position, from 0
     * @return assertions on the event
     * @throws AssertionError if there is no event at this position
     */
    public EventAssert event(int index) {
        return navigate(EventAssert.class, Event.class, events -> {
            if (index < 0 || index >= events.size()) {
                throw assertionError(shouldHaveEventAt(label, index, events));
            }
            return events.get(index);
        }, EventAssert::new);
    }

    /**
     * Leads to the only event, typically after a filter.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().filteredOnReadOnly(false).singleEvent()
     *     .hasEventName("StopLogging");</code></pre>
     *
     * @return assertions on the event
     * @throws AssertionError if there are no events, or more than one
     */
    public EventAssert singleEvent() {
        return navigate(EventAssert.class, Event.class, events -> {
            if (events.size() != 1) {
                throw assertionError(shouldHaveSingleEvent(label, events));
            }
            return events.get(0);
        }, EventAssert::new);
    }

    private EventsAssert filtered(Predicate<Event> filter, String description) {
        return navigate(EventsAssert.class, eventListType(), events -> events.stream().filter(filter).toList(), EventsAssert::new,
                next -> next.label = label + " " + description);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a class object cannot carry List's type argument
    static Class<List<Event>> eventListType() {
        return (Class) List.class;
    }

    private static Predicate<Event> named(String eventName) {
        return event -> Objects.equals(eventName, event.eventName());
    }
}
