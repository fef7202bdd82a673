package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.trail;

import io.github.mockcloudtrail.selectors.SelectorVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

/**
 * Failures of what a trail's selectors would log, explained by the shared selector evaluator: for each
 * event that should be logged, why each selector does not match it; for each event that should not be
 * logged, the selector that matches it, then all the trail's selectors.
 *
 * <pre><code class='java'> throw assertionError(ShouldLogEvents.shouldLog(selectors, verdict));
 * // Expecting trail "payroll-audit" to log the event, but its selectors
 * // would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/march.csv:
 * //   event selector 1 (ReadWriteType WriteOnly; management events; data events on AWS::S3::Object
 * //   arn:aws:s3:::payroll/): the event is read-only and the selector takes WriteOnly events</code></pre>
 */
public final class ShouldLogEvents extends CloudTrailErrorMessageFactory {

    private ShouldLogEvents(List<String> lines) {
        super(lines);
    }

    /**
     * Selectors that would not log the event.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param verdict the evaluator's verdict on the event: not logged
     * @return the failure message
     */
    public static ErrorMessageFactory shouldLog(GetEventSelectorsResponse selectors, SelectorVerdict verdict) {
        return new ShouldLogEvents(lines("Expecting " + subject(selectors) + " to log the event, but its selectors", verdict));
    }

    /**
     * Selectors that would log the event.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param verdict the evaluator's verdict on the event: logged
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotLog(GetEventSelectorsResponse selectors, SelectorVerdict verdict) {
        return new ShouldLogEvents(lines("Expecting " + subject(selectors) + " not to log the event, but its selectors",
                verdict, Texts.selectors(selectors)));
    }

    /**
     * Selectors that miss management events.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param kinds what should be logged, such as {@code read-only and write management events}
     * @param missed for each kind of management event that would not be logged ({@code read-only},
     *     {@code write}), the evaluator's verdict
     * @return the failure message
     */
    public static ErrorMessageFactory shouldLogManagementEvents(GetEventSelectorsResponse selectors, String kinds,
            Map<String, SelectorVerdict> missed) {
        List<String> lines = new ArrayList<>();
        lines.add("Expecting " + subject(selectors) + " to log " + kinds + ", but it would not log these:");
        missed.forEach((kind, verdict) -> {
            lines.add("  " + kind + " management events:");
            if (verdict.reasons().isEmpty()) {
                lines.add("    there are no event selectors");
            }
            verdict.reasons().forEach(reason -> lines.add("    " + reason));
        });
        return new ShouldLogEvents(lines);
    }

    /**
     * Selectors that log a service's management events.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param eventSource the service whose management events should not be logged
     * @param logged for each kind of its management events that would be logged ({@code read-only},
     *     {@code write}), the evaluator's verdict
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotLogManagementEventsFrom(GetEventSelectorsResponse selectors,
            String eventSource, Map<String, SelectorVerdict> logged) {
        List<String> lines = new ArrayList<>();
        lines.add("Expecting " + subject(selectors) + " not to log management events from " + eventSource
                + ", but it would log these:");
        logged.forEach((kind, verdict) -> lines.add("  " + kind + " ones: matched by " + verdict.matchedBy().orElseThrow()));
        return new ShouldLogEvents(lines(lines, Texts.selectors(selectors)));
    }

    /**
     * Selectors that miss data events on the resource.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @param missed the evaluator's verdicts on the data events that would not be logged
     * @return the failure message
     */
    public static ErrorMessageFactory shouldLogDataEvents(GetEventSelectorsResponse selectors, String resourceType,
            String resourceArn, List<SelectorVerdict> missed) {
        return new ShouldLogEvents(lines("Expecting " + subject(selectors) + " to log data events on " + resourceType + " "
                + resourceArn + ", but its selectors", missed));
    }

    /**
     * Selectors that log data events on the resource.
     *
     * @param selectors the trail's selectors, whose ARN names the trail
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @param logged the evaluator's verdicts on the data events that would be logged
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotLogDataEvents(GetEventSelectorsResponse selectors, String resourceType,
            String resourceArn, List<SelectorVerdict> logged) {
        return new ShouldLogEvents(lines("Expecting " + subject(selectors) + " not to log data events on " + resourceType
                + " " + resourceArn + ", but its selectors", logged, Texts.selectors(selectors)));
    }

    private static String subject(GetEventSelectorsResponse selectors) {
        return trail(selectors.trailARN());
    }
}
