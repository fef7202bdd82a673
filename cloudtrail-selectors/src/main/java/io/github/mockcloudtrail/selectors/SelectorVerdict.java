package io.github.mockcloudtrail.selectors;

import java.util.List;
import java.util.Optional;

/**
 * Whether a trail's selectors would log an event, and why: the selector that matched, or for every
 * selector the reason it did not. {@link #toString()} reads as an explanation, for assertion messages.
 *
 * <pre>{@code
 * SelectorVerdict verdict = SelectorEvaluator.of(cloudTrail.getEventSelectors(r -> r.trailName("audit"))).explain(upload);
 * if (!verdict.logged()) {
 *     System.out.println(verdict);
 *     // would not log s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::bucket-2/cat.jpg:
 *     //   event selector 1 (ReadWriteType All; management events; data events on AWS::S3::Object
 *     //   arn:aws:s3:::bucket-1/): AWS::S3::Object arn:aws:s3:::bucket-2/cat.jpg is covered by none of [arn:aws:s3:::bucket-1/]
 * }
 * }</pre>
 */
public final class SelectorVerdict {
    private final EventDescription event;
    private final List<SelectorOutcome> outcomes;
    private final String withoutSelectors;

    SelectorVerdict(EventDescription event, List<SelectorOutcome> outcomes, String withoutSelectors) {
        this.event = event;
        this.outcomes = List.copyOf(outcomes);
        this.withoutSelectors = withoutSelectors;
    }

    /** {@return whether at least one selector matches the event, so the trail would log it} */
    public boolean logged() {
        return outcomes.stream().anyMatch(SelectorOutcome::matched);
    }

    /** {@return the event the verdict is about} */
    public EventDescription event() {
        return event;
    }

    /** {@return the first selector that matches, as it reads, such as {@code event selector 1 (ReadWriteType All; ...)}} */
    public Optional<String> matchedBy() {
        return outcomes.stream().filter(SelectorOutcome::matched).findFirst().map(SelectorOutcome::selector);
    }

    /**
     * For each selector, in order, {@code "<selector>: matches"} or {@code "<selector>: <why not>"}.
     *
     * @return one line per selector
     */
    public List<String> reasons() {
        return outcomes.stream().map(SelectorOutcome::toString).toList();
    }

    @Override
    public String toString() {
        if (outcomes.isEmpty()) {
            return "would not log " + event + ": " + withoutSelectors;
        }
        if (logged()) {
            return "would log " + event + ":\n  matched by " + matchedBy().orElseThrow();
        }
        return "would not log " + event + ":\n  " + String.join("\n  ", reasons());
    }
}
