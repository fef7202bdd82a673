package io.github.mockcloudtrail.selectors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;

/**
 * Answers "would this trail log this event?" from the trail's selectors, as CloudTrail decides it: the
 * trail logs an event when at least one of its selectors matches it.
 *
 * <ul>
 *   <li>A basic event selector matches when its {@code ReadWriteType} takes the event and the event is a
 *       management event it includes (and does not exclude by event source) or a data event on a resource
 *       one of its data resources covers ({@link DataResourceType#covers}).</li>
 *   <li>An advanced event selector matches when all its field selectors pass; within a field selector a
 *       value must match one value of a positive operator and no value of a negative one
 *       ({@link FieldOperator}); {@code resources.*} conditions must hold for one and the same resource.</li>
 *   <li>Insights events are logged when an Insights selector of their type is given
 *       ({@link #withInsightSelectors}); event selectors never choose them.</li>
 * </ul>
 *
 * <p>It takes the SDK model types, so it works as well on selectors read from real AWS as on the mock's:
 *
 * <pre>{@code
 * SelectorEvaluator selectors = SelectorEvaluator.of(cloudTrail.getEventSelectors(r -> r.trailName("audit")));
 * EventDescription upload = EventDescription.data("s3.amazonaws.com", "PutObject")
 *         .readOnly(false)
 *         .resource("AWS::S3::Object", "arn:aws:s3:::payroll/2024/march.csv")
 *         .build();
 * boolean logged = selectors.wouldLog(upload);
 * String why = selectors.explain(upload).toString();
 * }</pre>
 */
public final class SelectorEvaluator {
    private final List<EventSelector> eventSelectors;
    private final List<AdvancedEventSelector> advancedEventSelectors;
    private final List<InsightSelector> insightSelectors;

    private SelectorEvaluator(Collection<EventSelector> eventSelectors,
            Collection<AdvancedEventSelector> advancedEventSelectors, Collection<InsightSelector> insightSelectors) {
        this.eventSelectors = List.copyOf(eventSelectors);
        this.advancedEventSelectors = List.copyOf(advancedEventSelectors);
        this.insightSelectors = List.copyOf(insightSelectors);
    }

    /**
     * The selectors of a {@code GetEventSelectors} answer: its event selectors or its advanced event selectors.
     *
     * @param response the answer, from the mock or from real AWS
     * @return an evaluator of those selectors
     */
    public static SelectorEvaluator of(GetEventSelectorsResponse response) {
        return new SelectorEvaluator(response.eventSelectors(), response.advancedEventSelectors(), List.of());
    }

    /**
     * Basic event selectors, such as {@code PutEventSelectors} takes them.
     *
     * @param eventSelectors the selectors
     * @return an evaluator of those selectors
     */
    public static SelectorEvaluator ofEventSelectors(Collection<EventSelector> eventSelectors) {
        return new SelectorEvaluator(eventSelectors, List.of(), List.of());
    }

    /**
     * Advanced event selectors, such as {@code PutEventSelectors} takes them.
     *
     * @param advancedEventSelectors the selectors
     * @return an evaluator of those selectors
     */
    public static SelectorEvaluator ofAdvancedEventSelectors(Collection<AdvancedEventSelector> advancedEventSelectors) {
        return new SelectorEvaluator(List.of(), advancedEventSelectors, List.of());
    }

    /**
     * The same event selectors, plus the trail's Insights selectors (from {@code GetInsightSelectors}), which
     * decide whether Insights events are logged.
     *
     * @param insightSelectors the trail's Insights selectors
     * @return a new evaluator; this one is unchanged
     */
    public SelectorEvaluator withInsightSelectors(Collection<InsightSelector> insightSelectors) {
        return new SelectorEvaluator(eventSelectors, advancedEventSelectors, insightSelectors);
    }

    /**
     * Whether at least one selector matches the event.
     *
     * @param event the event
     * @return whether the trail would log it
     */
    public boolean wouldLog(EventDescription event) {
        return explain(event).logged();
    }

    /**
     * Whether the event would be logged, which selector matches it, or why none does.
     *
     * @param event the event
     * @return the verdict, which reads as an explanation
     */
    public SelectorVerdict explain(EventDescription event) {
        if (event.category() == EventDescription.Category.INSIGHT) {
            return new SelectorVerdict(event, insightOutcomes(event),
                    "Insights events are logged by Insights selectors, and there are none");
        }
        List<SelectorOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < eventSelectors.size(); i++) {
            EventSelector selector = eventSelectors.get(i);
            outcomes.add(new SelectorOutcome(SelectorRenderer.label(i, selector), BasicSelectorMatcher.mismatch(selector, event)));
        }
        for (int i = 0; i < advancedEventSelectors.size(); i++) {
            AdvancedEventSelector selector = advancedEventSelectors.get(i);
            outcomes.add(new SelectorOutcome(SelectorRenderer.label(i, selector), AdvancedSelectorMatcher.mismatch(selector, event)));
        }
        return new SelectorVerdict(event, outcomes, "there are no event selectors");
    }

    private List<SelectorOutcome> insightOutcomes(EventDescription event) {
        return insightSelectors.stream()
                .map(selector -> new SelectorOutcome(SelectorRenderer.label(selector),
                        event.insightType()
                                .filter(type -> !type.equals(selector.insightTypeAsString()))
                                .map(type -> "the event is an " + type + " event")))
                .toList();
    }

    /** The selectors, one a line. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>(SelectorRenderer.labels(eventSelectors, advancedEventSelectors));
        insightSelectors.forEach(selector -> lines.add(SelectorRenderer.label(selector)));
        return lines.isEmpty() ? "no selectors" : String.join("\n", lines);
    }
}
