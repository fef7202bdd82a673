package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrail.shouldHaveTrail;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveTrail.shouldNotHaveTrail;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;

/**
 * Assertions on CloudTrail as a client sees it in one account and Region: which trails exist, one trail's
 * live state, the event history. The calls are made when an assertion or navigation needs them.
 *
 * <pre><code class='java'> assertThat(cloudTrail)
 *     .hasTrail("org-audit")
 *     .hasNoTrail("scratch")
 *     .trail("org-audit").isLogging();</code></pre>
 *
 * @param <SELF> the assertion class itself
 * @param <ACTUAL> what reaches CloudTrail: a client or the mock's handle
 */
public abstract class AbstractCloudTrailServiceAssert<SELF extends AbstractCloudTrailServiceAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractCloudTrailAssert<SELF, ACTUAL> {
    private final Function<ACTUAL, CloudTrailAccess> access;

    AbstractCloudTrailServiceAssert(ACTUAL actual, Class<?> selfType, Function<ACTUAL, CloudTrailAccess> access) {
        super(actual, selfType);
        this.access = access;
    }

    /**
     * Leads to one trail, by name or ARN, as {@code GetTrail} finds it; the trail's status, selectors,
     * Insights selectors and tags are read when its assertions need them.
     *
     * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").isLogging().isMultiRegion();</code></pre>
     *
     * @param nameOrArn the trail's name or ARN
     * @return assertions on the trail
     * @throws AssertionError if CloudTrail does not know the trail; the message lists the trails that exist
     */
    public LiveTrailAssert trail(String nameOrArn) {
        return navigate(LiveTrailAssert.class, LiveTrail.class, actual -> {
            CloudTrailAccess cloudTrail = access.apply(actual);
            return LiveTrail.find(cloudTrail, nameOrArn).orElseThrow(
                    () -> assertionError(shouldHaveTrail(nameOrArn, cloudTrail.region(), trailArns(cloudTrail))));
        }, LiveTrailAssert::new);
    }

    /**
     * Verifies that CloudTrail knows this trail ({@code GetTrail}).
     *
     * <pre><code class='java'> assertThat(cloudTrail).hasTrail("org-audit");</code></pre>
     *
     * @param nameOrArn the trail's name or ARN
     * @return this assertion object
     * @throws AssertionError if the client or handle is null
     * @throws AssertionError if CloudTrail does not know the trail; the message lists the trails that exist
     */
    public SELF hasTrail(String nameOrArn) {
        return check(actual -> {
            CloudTrailAccess cloudTrail = access.apply(actual);
            if (LiveTrail.find(cloudTrail, nameOrArn).isEmpty()) {
                throw assertionError(shouldHaveTrail(nameOrArn, cloudTrail.region(), trailArns(cloudTrail)));
            }
        });
    }

    /**
     * Verifies that CloudTrail does not know this trail: {@code GetTrail} answers {@code TrailNotFoundException}.
     *
     * <pre><code class='java'> cloudTrail.deleteTrail(r -&gt; r.name("scratch"));
     * assertThat(cloudTrail).hasNoTrail("scratch");</code></pre>
     *
     * @param nameOrArn the trail's name or ARN
     * @return this assertion object
     * @throws AssertionError if the client or handle is null
     * @throws AssertionError if CloudTrail knows the trail; the message shows its configuration
     */
    public SELF hasNoTrail(String nameOrArn) {
        return check(actual -> {
            CloudTrailAccess cloudTrail = access.apply(actual);
            LiveTrail.find(cloudTrail, nameOrArn).ifPresent(trail -> {
                throw assertionError(shouldNotHaveTrail(nameOrArn, cloudTrail.region(), trail.trail()));
            });
        });
    }

    /**
     * Leads to the whole event history CloudTrail keeps for the account and Region: every page of
     * {@code LookupEvents} without lookup attributes (the last 90 days on real AWS, where this may be many
     * calls; narrow it with {@link #lookupEvents(Consumer)}).
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).eventHistory().containsEventNamed("StopLogging").isInNewestFirstOrder();</code></pre>
     *
     * @return assertions on the events, newest first
     * @throws AssertionError if the client or handle is null
     */
    public EventsAssert eventHistory() {
        return events(request -> { }, "the event history in ");
    }

    /**
     * Leads to the events of one lookup: every page of {@code LookupEvents} with this request.
     *
     * <pre><code class='java'> assertThat(cloudTrail).lookupEvents(r -&gt; r.lookupAttributes(a -&gt; a
     *         .attributeKey(LookupAttributeKey.USERNAME).attributeValue("mallory")))
     *     .containsEventNamed("StopLogging");</code></pre>
     *
     * @param request sets up the request: lookup attribute, time range, event category
     * @return assertions on the events, newest first
     * @throws AssertionError if the client or handle is null
     */
    public EventsAssert lookupEvents(Consumer<LookupEventsRequest.Builder> request) {
        return events(request, "the events LookupEvents returned in ");
    }

    private EventsAssert events(Consumer<LookupEventsRequest.Builder> request, String label) {
        LookupEventsRequest lookup = LookupEventsRequest.builder().applyMutation(request).build();
        String[] region = new String[1];
        return navigate(EventsAssert.class, EventsAssert.eventListType(), actual -> {
            CloudTrailAccess cloudTrail = access.apply(actual);
            region[0] = cloudTrail.region();
            return cloudTrail.call(client -> client.lookupEventsPaginator(lookup).events().stream().toList());
        }, EventsAssert::new, events -> events.label = label + region[0]);
    }

    private static List<String> trailArns(CloudTrailAccess cloudTrail) {
        return cloudTrail.call(client -> client.listTrailsPaginator(ListTrailsRequest.builder().build()).trails().stream()
                .map(TrailInfo::trailARN)
                .toList());
    }
}
