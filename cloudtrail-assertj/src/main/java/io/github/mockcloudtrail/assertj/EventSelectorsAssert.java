package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors.shouldHaveAdvancedSelectorNamed;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors.shouldHaveSelectorCount;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors.shouldHaveSelectorSatisfying;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors.shouldUseAdvancedSelectors;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors.shouldUseBasicSelectors;

import io.github.mockcloudtrail.assertj.error.ShouldHaveEventSelectors;
import io.github.mockcloudtrail.selectors.EventDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Assertions on a trail's event selectors, a {@code GetEventSelectors} answer: list-like (how many, one by
 * position, one that satisfies requirements) and semantic (what they would log, decided by the shared
 * {@code SelectorEvaluator}, for basic and advanced selectors alike). Works on answers from real AWS too.
 *
 * <pre><code class='java'> assertThat(cloudTrail.getEventSelectors(r -&gt; r.trailName("org-audit")))
 *     .usesBasicSelectors()
 *     .hasSize(2)
 *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv")
 *     .anySelectorSatisfies(selector -&gt; selector.hasReadWriteType(ReadWriteType.WRITE_ONLY));</code></pre>
 *
 * <p>Insights events are decided by a trail's Insights selectors, which a {@code GetEventSelectors} answer
 * does not carry: ask the trail ({@code assertThat(cloudTrail).trail(name).wouldLog(insightEvent)}).
 */
public class EventSelectorsAssert extends AbstractCloudTrailAssert<EventSelectorsAssert, GetEventSelectorsResponse> {

    /**
     * Assertions on a {@code GetEventSelectors} answer; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public EventSelectorsAssert(GetEventSelectorsResponse actual) {
        super(actual, EventSelectorsAssert.class);
    }

    /**
     * Verifies that the trail uses basic event selectors ({@code EventSelectors}).
     *
     * <pre><code class='java'> assertThat(selectors).usesBasicSelectors();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the trail uses advanced event selectors, or none
     */
    public EventSelectorsAssert usesBasicSelectors() {
        return check(selectors -> !usesAdvanced(selectors) && !selectors.eventSelectors().isEmpty(),
                selectors -> shouldUseBasicSelectors(selectors));
    }

    /**
     * Verifies that the trail uses advanced event selectors ({@code AdvancedEventSelectors}).
     *
     * <pre><code class='java'> assertThat(selectors).usesAdvancedSelectors();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the trail uses basic event selectors, or none
     */
    public EventSelectorsAssert usesAdvancedSelectors() {
        return check(EventSelectorsAssert::usesAdvanced, selectors -> shouldUseAdvancedSelectors(selectors));
    }

    /**
     * Verifies how many selectors the trail has, of the kind it uses (basic or advanced).
     *
     * <pre><code class='java'> assertThat(selectors).hasSize(1);</code></pre>
     *
     * @param expected the number of selectors
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the trail has another number of selectors
     */
    public EventSelectorsAssert hasSize(int expected) {
        return check(selectors -> {
            int size = usesAdvanced(selectors) ? selectors.advancedEventSelectors().size() : selectors.eventSelectors().size();
            if (size != expected) {
                throw assertionError(shouldHaveSelectorCount(selectors, expected));
            }
        });
    }

    /**
     * Leads to one basic event selector, by its position in the answer (from 0; failure messages number
     * selectors from 1, as "event selector 1"). {@link EventSelectorAssert#returnToSelectors()} leads back.
     *
     * <pre><code class='java'>
     * assertThat(selectors).selector(0).includesManagementEvents().hasReadWriteType(ReadWriteType.ALL);</code></pre>
     *
     * @param index the selector's position, from 0
     * @return assertions on the selector
     * @throws AssertionError if the trail has no basic event selector at this position
     */
    public EventSelectorAssert selector(int index) {
        return selectorAt(EventSelectorAssert.class, EventSelector.class, GetEventSelectorsResponse::eventSelectors, index,
                ShouldHaveEventSelectors::shouldHaveSelectorAt, EventSelectorAssert::new);
    }

    /**
     * Leads to one advanced event selector, by its position in the answer (from 0).
     * {@link AdvancedEventSelectorAssert#returnToSelectors()} leads back.
     *
     * <pre><code class='java'> assertThat(selectors).advancedSelector(1).hasName("Payroll writes");</code></pre>
     *
     * @param index the selector's position, from 0
     * @return assertions on the selector
     * @throws AssertionError if the trail has no advanced event selector at this position
     */
    public AdvancedEventSelectorAssert advancedSelector(int index) {
        return selectorAt(AdvancedEventSelectorAssert.class, AdvancedEventSelector.class,
                GetEventSelectorsResponse::advancedEventSelectors, index, ShouldHaveEventSelectors::shouldHaveAdvancedSelectorAt,
                AdvancedEventSelectorAssert::new);
    }

    /**
     * Leads to the advanced event selector with this name (the first, if several have it).
     *
     * <pre><code class='java'> assertThat(selectors).advancedSelector("Payroll writes")
     *     .hasFieldSelector("resources.ARN", FieldOperator.STARTS_WITH, "arn:aws:s3:::payroll/");</code></pre>
     *
     * @param name the selector's name
     * @return assertions on the selector
     * @throws AssertionError if the trail has no advanced event selector with this name
     */
    public AdvancedEventSelectorAssert advancedSelector(String name) {
        Integer[] position = new Integer[1];
        return navigate(AdvancedEventSelectorAssert.class, AdvancedEventSelector.class, selectors -> {
            List<AdvancedEventSelector> all = selectors.advancedEventSelectors();
            for (int i = 0; i < all.size(); i++) {
                if (Objects.equals(name, all.get(i).name())) {
                    position[0] = i;
                    return all.get(i);
                }
            }
            throw assertionError(shouldHaveAdvancedSelectorNamed(selectors, name));
        }, AdvancedEventSelectorAssert::new, selector -> selector.placeIn(trailArn(), position[0]));
    }

    /**
     * Verifies that at least one basic event selector satisfies the requirements, which are given as
     * assertions on one selector.
     *
     * <pre><code class='java'> assertThat(selectors).anySelectorSatisfies(selector -&gt; selector
     *     .hasReadWriteType(ReadWriteType.WRITE_ONLY)
     *     .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/"));</code></pre>
     *
     * @param requirements assertions on one selector
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if no basic event selector satisfies the requirements; the message gives each
     *     selector's failure
     */
    public EventSelectorsAssert anySelectorSatisfies(Consumer<EventSelectorAssert> requirements) {
        return check(selectors -> anySatisfies(selectors, selectors.eventSelectors(), "event selector", requirements,
                (selector, index) -> new EventSelectorAssert(selector).placeIn(trailArn(), index)));
    }

    /**
     * Verifies that at least one advanced event selector satisfies the requirements, which are given as
     * assertions on one selector.
     *
     * <pre><code class='java'> assertThat(selectors).anyAdvancedSelectorSatisfies(selector -&gt; selector
     *     .hasFieldSelector("eventCategory", FieldOperator.EQUALS, "Data"));</code></pre>
     *
     * @param requirements assertions on one advanced selector
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if no advanced event selector satisfies the requirements; the message gives each
     *     selector's failure
     */
    public EventSelectorsAssert anyAdvancedSelectorSatisfies(Consumer<AdvancedEventSelectorAssert> requirements) {
        return check(selectors -> anySatisfies(selectors, selectors.advancedEventSelectors(), "advanced event selector",
                requirements, (selector, index) -> new AdvancedEventSelectorAssert(selector).placeIn(trailArn(), index)));
    }

    /**
     * Verifies that the selectors log management events of this kind; see
     * {@link LiveTrailAssert#logsManagementEvents(ReadWriteType)}.
     *
     * <pre><code class='java'> assertThat(selectors).logsManagementEvents(ReadWriteType.WRITE_ONLY);</code></pre>
     *
     * @param readWriteType which management events must be logged
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the selectors would not log read-only management events when they must
     * @throws AssertionError if the selectors would not log write management events when they must
     */
    public EventSelectorsAssert logsManagementEvents(ReadWriteType readWriteType) {
        return check(selectors -> failIfPresent(TrailChecks.logsManagementEvents(selectors, readWriteType)));
    }

    /**
     * Verifies that the selectors log no management events of this service.
     *
     * <pre><code class='java'> assertThat(selectors).doesNotLogManagementEventsFrom("kms.amazonaws.com");</code></pre>
     *
     * @param eventSource the service, such as {@code kms.amazonaws.com}
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if a selector would log the service's read-only or write management events
     */
    public EventSelectorsAssert doesNotLogManagementEventsFrom(String eventSource) {
        return check(selectors -> failIfPresent(TrailChecks.doesNotLogManagementEventsFrom(selectors, eventSource)));
    }

    /**
     * Verifies that the selectors log reads and writes of this resource; see
     * {@link LiveTrailAssert#logsDataEventsFor(String, String)}.
     *
     * <pre><code class='java'>
     * assertThat(selectors).logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv");</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the selectors would not log a read of the resource
     * @throws AssertionError if the selectors would not log a write of the resource
     */
    public EventSelectorsAssert logsDataEventsFor(String resourceType, String resourceArn) {
        return logsDataEventsFor(resourceType, resourceArn, ReadWriteType.ALL);
    }

    /**
     * Verifies that the selectors log the data events of this kind on this resource.
     *
     * <pre><code class='java'>
     * assertThat(selectors)
     *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/a.csv", ReadWriteType.WRITE_ONLY);</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @param readWriteType which data events must be logged
     * @return this assertion object
     * @throws IllegalArgumentException if the type has no data events of that kind (Lambda functions have no read-only ones)
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the selectors would not log such a read of the resource
     * @throws AssertionError if the selectors would not log such a write of the resource
     */
    public EventSelectorsAssert logsDataEventsFor(String resourceType, String resourceArn, ReadWriteType readWriteType) {
        return check(selectors -> failIfPresent(TrailChecks.logsDataEvents(selectors, resourceType, resourceArn, readWriteType)));
    }

    /**
     * Verifies that the selectors log neither reads nor writes of this resource.
     *
     * <pre><code class='java'>
     * assertThat(selectors).doesNotLogDataEventsFor("AWS::S3::Object", "arn:aws:s3:::scratch/tmp.txt");</code></pre>
     *
     * @param resourceType the resource type, such as {@code AWS::S3::Object}
     * @param resourceArn the resource
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if the selectors would log a read or a write of the resource
     */
    public EventSelectorsAssert doesNotLogDataEventsFor(String resourceType, String resourceArn) {
        return check(selectors -> failIfPresent(TrailChecks.doesNotLogDataEvents(selectors, resourceType, resourceArn)));
    }

    /**
     * Verifies that a selector would log this event.
     *
     * <pre><code class='java'>
     * assertThat(selectors).wouldLog(EventDescription.management("iam.amazonaws.com", "CreateUser").readOnly(false)
     *     .build());</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if no selector matches the event; the message says why each does not
     */
    public EventSelectorsAssert wouldLog(EventDescription event) {
        return check(selectors -> failIfPresent(TrailChecks.wouldLog(selectors, List::of, event, true)));
    }

    /**
     * Verifies that a selector would log this event {@code LookupEvents} returned.
     *
     * <pre><code class='java'>
     * assertThat(selectors).wouldLog(cloudTrail.lookupEvents(r -&gt; { }).events().get(0));</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if no selector matches the event; the message says why each does not
     */
    public EventSelectorsAssert wouldLog(Event event) {
        return wouldLog(EventDescription.fromLookupEvent(event));
    }

    /**
     * Verifies that no selector would log this event.
     *
     * <pre><code class='java'>
     * assertThat(selectors).wouldNotLog(EventDescription.management("kms.amazonaws.com", "Decrypt").readOnly(true)
     *     .build());</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if a selector matches the event; the message names it
     */
    public EventSelectorsAssert wouldNotLog(EventDescription event) {
        return check(selectors -> failIfPresent(TrailChecks.wouldLog(selectors, List::of, event, false)));
    }

    /**
     * Verifies that no selector would log this event {@code LookupEvents} returned.
     *
     * <pre><code class='java'>
     * assertThat(selectors).wouldNotLog(cloudTrail.lookupEvents(r -&gt; { }).events().get(0));</code></pre>
     *
     * @param event the event
     * @return this assertion object
     * @throws AssertionError if the answer is null
     * @throws AssertionError if a selector matches the event; the message names it
     */
    public EventSelectorsAssert wouldNotLog(Event event) {
        return wouldNotLog(EventDescription.fromLookupEvent(event));
    }

    /**
     * Leads back to the trail these selectors were reached from.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").eventSelectors().hasSize(1).returnToTrail().isLogging();</code></pre>
     *
     * @return the trail's assertion object
     * @throws IllegalStateException if the selectors were not reached from {@link LiveTrailAssert#eventSelectors()}
     */
    public LiveTrailAssert returnToTrail() {
        return origin(LiveTrailAssert.class, "LiveTrailAssert.eventSelectors()");
    }

    private String trailArn() {
        return actual == null ? null : actual.trailARN();
    }

    private <S, A extends AbstractSelectorAssert<A, S>> A selectorAt(Class<A> assertType, Class<S> selectorType,
            Function<GetEventSelectorsResponse, List<S>> kind, int index,
            BiFunction<GetEventSelectorsResponse, Integer, ErrorMessageFactory> missing, Function<S, A> hardAssert) {
        return navigate(assertType, selectorType, selectors -> {
            List<S> all = kind.apply(selectors);
            if (index < 0 || index >= all.size()) {
                throw assertionError(missing.apply(selectors, index));
            }
            return all.get(index);
        }, hardAssert, selector -> selector.placeIn(trailArn(), index));
    }

    private static boolean usesAdvanced(GetEventSelectorsResponse selectors) {
        return !selectors.advancedEventSelectors().isEmpty();
    }

    private <S, A extends AbstractSelectorAssert<A, S>> void anySatisfies(GetEventSelectorsResponse selectors,
            List<S> candidates, String kind, Consumer<A> requirements, BiFunction<S, Integer, A> assertions) {
        List<AssertionError> failures = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            try {
                requirements.accept(assertions.apply(candidates.get(i), i));
                return;
            } catch (AssertionError failure) {
                failures.add(failure);
            }
        }
        throw assertionError(shouldHaveSelectorSatisfying(selectors, kind, failures));
    }
}
