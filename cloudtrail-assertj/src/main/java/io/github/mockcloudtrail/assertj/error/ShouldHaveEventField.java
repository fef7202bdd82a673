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

    /**
     * An event or record with another name than expected.
     *
     * @param event the event
     * @param eventName the expected event name
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveEventName(Event event, String eventName) {
        return new ShouldHaveEventField(event, "to be named " + quote(eventName), "it is not");
    }

    /**
     * An event from another service than expected.
     *
     * @param event the event
     * @param eventSource the service, such as {@code kms.amazonaws.com}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveEventSource(Event event, String eventSource) {
        return new ShouldHaveEventField(event, "to come from " + quote(eventSource),
                "it comes from " + quote(event.eventSource()));
    }

    /**
     * An event made by another user than expected.
     *
     * @param event the event
     * @param username the expected user
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveUsername(Event event, String username) {
        return new ShouldHaveEventField(event, "to be made by " + quote(username), "it was made by " + quote(event.username()));
    }

    /**
     * An event that should be read-only but is a write.
     *
     * @param event the event
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeReadOnly(Event event) {
        return new ShouldHaveEventField(event, "to be read-only", "it is not");
    }

    /**
     * An event that should be a write but is read-only.
     *
     * @param event the event
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotBeReadOnly(Event event) {
        return new ShouldHaveEventField(event, "to be a write", "it is read-only");
    }

    /**
     * An event that does not name the expected resource.
     *
     * @param event the event
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceName the resource name, such as a trail ARN
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveResource(Event event, String resourceType, String resourceName) {
        return new ShouldHaveEventField(event, "to name resource " + resourceType + " " + resourceName, "it does not");
    }

    /**
     * An event without a readable CloudTrail record.
     *
     * @param event the event
     * @param problem why there is no record, such as {@code it has no CloudTrailEvent}
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveRecord(Event event, String problem) {
        return new ShouldHaveEventField(event, "to carry its CloudTrail record", problem);
    }
}
