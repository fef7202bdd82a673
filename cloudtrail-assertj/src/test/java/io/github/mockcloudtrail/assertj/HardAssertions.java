package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.List;
import org.assertj.core.api.Assert;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * The hard entry points ({@link CloudTrailAssertions}) behind the soft provider's interface, so that one
 * test lambda can run both ways ({@link Expect}). Nothing is collected: failures throw.
 * {@link EntryPointsSyncTest} keeps this class complete.
 */
final class HardAssertions implements CloudTrailSoftAssertionsProvider {
    static final HardAssertions HARD = new HardAssertions();

    private HardAssertions() {
    }

    @Override
    public CloudTrailClientAssert assertThat(CloudTrailClient actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public CloudTrailMockAssert assertThat(CloudTrailMock actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public TrailAssert assertThat(Trail actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public TrailAssert assertThat(GetTrailResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public TrailStatusAssert assertThat(GetTrailStatusResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public EventSelectorsAssert assertThat(GetEventSelectorsResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public EventSelectorAssert assertThat(EventSelector actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public AdvancedEventSelectorAssert assertThat(AdvancedEventSelector actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public InsightSelectorsAssert assertThat(GetInsightSelectorsResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public EventsAssert assertThat(LookupEventsResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public EventsAssert assertThatEvents(List<Event> actual) {
        return CloudTrailAssertions.assertThatEvents(actual);
    }

    @Override
    public EventAssert assertThat(Event actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public TagsAssert assertThat(ListTagsResponse actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public CloudTrailRecordAssert assertThat(CloudTrailRecord actual) {
        return CloudTrailAssertions.assertThat(actual);
    }

    @Override
    public <SELF extends Assert<? extends SELF, ? extends ACTUAL>, ACTUAL> SELF proxy(Class<SELF> assertClass,
            Class<ACTUAL> actualClass, ACTUAL actual) {
        throw new UnsupportedOperationException("hard assertions create no proxies");
    }

    @Override
    public void assertAll() {
    }

    @Override
    public void collectAssertionError(AssertionError error) {
        throw new UnsupportedOperationException("hard assertions collect nothing", error);
    }

    @Override
    public List<AssertionError> assertionErrorsCollected() {
        return List.of();
    }

    @Override
    public void succeeded() {
    }

    @Override
    public boolean wasSuccess() {
        return true;
    }
}
