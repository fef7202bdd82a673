package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;

import java.util.List;
import java.util.Objects;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * Failures of a list of events, such as the event history {@code LookupEvents} returns: the expectation,
 * then the events one a line (at most 20), numbered from 0.
 *
 * <pre><code class='java'>
 * throw assertionError(ShouldHaveEvents.shouldContainEventNamed("the event history in us-east-1", "StopLogging", events));
 * // Expecting an event named "StopLogging" in the event history in us-east-1, but there is none:
 * //   0: 2024-03-01T12:05:00Z DeleteTrail from cloudtrail.amazonaws.com by mock-user (write) on AWS::CloudTrail::Trail ...</code></pre>
 *
 * <p>{@code events} names the list, such as {@code the events} or {@code the event history in us-east-1}; events
 * are numbered by their position in it.
 */
public final class ShouldHaveEvents extends CloudTrailErrorMessageFactory {

    private ShouldHaveEvents(String expectation, String instead, List<String> shown) {
        super(lines("Expecting " + expectation + ", but " + instead + ":", shown));
    }

    /**
     * A list without an event of that name.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param eventName the expected event name
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldContainEventNamed(String events, String eventName, List<Event> actual) {
        return new ShouldHaveEvents("an event named " + quote(eventName) + " in " + events, "there is none",
                Texts.events(actual));
    }

    /**
     * Lists the events with that name, by their position among all.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param eventName the expected event name
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotContainEventNamed(String events, String eventName, List<Event> actual) {
        long named = actual.stream().filter(event -> Objects.equals(eventName, event.eventName())).count();
        return new ShouldHaveEvents("no event named " + quote(eventName) + " in " + events, thereAre((int) named),
                Texts.events(actual, event -> Objects.equals(eventName, event.eventName())));
    }

    /**
     * A list without an event by the user.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param username the expected user
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldContainEventBy(String events, String username, List<Event> actual) {
        return new ShouldHaveEvents("an event by " + quote(username) + " in " + events, "there is none", Texts.events(actual));
    }

    /**
     * A list not in the newest-first order of {@code LookupEvents}.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param index the first event that is newer than the one before it
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeNewestFirst(String events, int index, List<Event> actual) {
        return new ShouldHaveEvents(events + " in newest-first order", "event " + index + " is newer than event "
                + (index - 1), Texts.events(actual));
    }

    /**
     * A list with another number of events than expected.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param expected the expected number
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveEventCount(String events, int expected, List<Event> actual) {
        return new ShouldHaveEvents((expected == 0 ? "no" : String.valueOf(expected)) + (expected == 1 ? " event" : " events")
                + " in " + events, thereAre(actual.size()), Texts.events(actual));
    }

    /**
     * A list too short for the index asked for.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param index the position asked for, from 0
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveEventAt(String events, int index, List<Event> actual) {
        return new ShouldHaveEvents("an event at index " + index + " in " + events, thereAre(actual.size()),
                Texts.events(actual));
    }

    /**
     * A list that does not hold exactly one event.
     *
     * @param events names the list, such as {@code the event history in us-east-1}
     * @param actual the events
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveSingleEvent(String events, List<Event> actual) {
        return new ShouldHaveEvents("exactly one event in " + events, thereAre(actual.size()), Texts.events(actual));
    }

    private static String thereAre(int count) {
        return count == 0 ? "there are none" : count == 1 ? "there is 1" : "there are " + count;
    }
}
