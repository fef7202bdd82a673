package io.github.mockcloudtrail.assertj;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * A trail as CloudTrail reports it, read through a client: its configuration ({@code GetTrail}) when the
 * trail is found, and its status, event selectors, Insights selectors and tags the first time an assertion
 * needs them. Each part is read once, so one assertion chain sees one state of the trail; navigate to the
 * trail again to read it afresh.
 *
 * <p>A {@code LiveTrail} is what {@link LiveTrailAssert} asserts on; it comes from navigation:
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit")   // GetTrail
 *     .isMultiRegion()                         // no further call
 *     .isLogging();                            // GetTrailStatus, once</code></pre>
 *
 * Every call goes to the trail's ARN, so a trail homed in another Region is read from there.
 */
public final class LiveTrail {
    private final CloudTrailAccess access;
    private final Trail trail;
    private GetTrailStatusResponse status;
    private GetEventSelectorsResponse eventSelectors;
    private List<InsightSelector> insightSelectors;
    private List<Tag> tags;

    private LiveTrail(CloudTrailAccess access, Trail trail) {
        this.access = access;
        this.trail = trail;
    }

    /** The trail by name or ARN, or empty when CloudTrail answers {@code TrailNotFoundException}. */
    static Optional<LiveTrail> find(CloudTrailAccess access, String nameOrArn) {
        return access.call(client -> {
            try {
                return Optional.of(client.getTrail(request -> request.name(nameOrArn)).trail());
            } catch (TrailNotFoundException notFound) {
                return Optional.<Trail>empty();
            }
        }).map(trail -> new LiveTrail(access, trail));
    }

    /** {@return the trail's name} */
    public String name() {
        return trail.name();
    }

    /** {@return the trail's configuration, as {@code GetTrail} returned it} */
    public Trail trail() {
        return trail;
    }

    /** {@return the trail's logging status ({@code GetTrailStatus})} */
    public GetTrailStatusResponse status() {
        if (status == null) {
            status = access.call(client -> client.getTrailStatus(request -> request.name(trail.trailARN())));
        }
        return status;
    }

    /** {@return the trail's event selectors, basic or advanced ({@code GetEventSelectors})} */
    public GetEventSelectorsResponse eventSelectors() {
        if (eventSelectors == null) {
            eventSelectors = access.call(client -> client.getEventSelectors(request -> request.trailName(trail.trailARN())));
        }
        return eventSelectors;
    }

    /**
     * The trail's Insights selectors ({@code GetInsightSelectors}); empty when CloudTrail answers
     * {@code InsightNotEnabledException}, as it does for a trail without Insights.
     *
     * @return the Insights selectors, possibly empty
     */
    public List<InsightSelector> insightSelectors() {
        if (insightSelectors == null) {
            insightSelectors = access.call(client -> {
                try {
                    return client.getInsightSelectors(request -> request.trailName(trail.trailARN())).insightSelectors();
                } catch (InsightNotEnabledException notEnabled) {
                    return List.<InsightSelector>of();
                }
            });
        }
        return insightSelectors;
    }

    /** {@return the trail's tags ({@code ListTags})} */
    public List<Tag> tags() {
        if (tags == null) {
            tags = access.call(client -> client.listTags(request -> request.resourceIdList(trail.trailARN())))
                    .resourceTagList().stream()
                    .filter(resource -> trail.trailARN().equals(resource.resourceId()))
                    .findFirst()
                    .map(ResourceTag::tagsList)
                    .orElse(List.of());
        }
        return tags;
    }

    @Override
    public String toString() {
        return "trail " + trail.trailARN() + " read in " + access.region();
    }
}
