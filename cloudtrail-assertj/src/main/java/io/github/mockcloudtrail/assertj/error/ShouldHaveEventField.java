package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;

import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * Failures of one event {@code LookupEvents} returned: the expectation, then the event's fields.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveEventField.shouldHaveUsername(event, "mallory"));
 * // Expecting event "StopLogging" of 2024-03-01T12:30:00Z to be made by "mallory", but it was made by "mock-user".
 * // Event "StopLogging":
 * //   event ID: 5b3c...
 * //   ...</code></pre>
 */
public final class ShouldHaveEventField extends CloudTrailErrorMessageFactory {

    private ShouldHaveEventField(Event event, String expectation, String instead) {
        super(lines("Expecting " + Texts.event(event) + " " + expectation + ", but " + instead + ".", Texts.eventDetails(event)));
    }

    public static ErrorMessageFactory shouldHaveEventName(Event event, String eventName) {
        return new ShouldHaveEventField(event, "to be named " + quote(eventName), "it is not");
    }

    public static ErrorMessageFactory shouldHaveEventSource(Event event, String eventSource) {
        return new ShouldHaveEventField(event, "to come from " + quote(eventSource),
                "it comes from " + quote(event.eventSource()));
    }

    public static ErrorMessageFactory shouldHaveUsername(Event event, String username) {
        return new ShouldHaveEventField(event, "to be made by " + quote(username), "it was made by " + quote(event.username()));
    }

    public static ErrorMessageFactory shouldBeReadOnly(Event event) {
        return new ShouldHaveEventField(event, "to be read-only", "it is not");
    }

    public static ErrorMessageFactory shouldNotBeReadOnly(Event event) {
        return new ShouldHaveEventField(event, "to be a write", "it is read-only");
    }

    public static ErrorMessageFactory shouldHaveResource(Event event, String resourceType, String resourceName) {
        return new ShouldHaveEventField(event, "to name resource " + resourceType + " " + resourceName, "it does not");
    }

    /** @param problem why there is no record, such as {@code it has no CloudTrailEvent} */
    public static ErrorMessageFactory shouldHaveRecord(Event event, String problem) {
        return new ShouldHaveEventField(event, "to carry its CloudTrail record", problem);
    }
}
