package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;

/**
 * Assertions on the mock through its handle: the same live view as a client's
 * ({@link CloudTrailClientAssert}), through a client built with {@link CloudTrailMock#clientBuilder()} for
 * each call and closed after it, so it sees exactly what the injected client sees.
 *
 * <pre><code class='java'> &#64;Test
 * void stopsLogging(CloudTrailMock mock) {
 *     new AuditService(mock.endpoint(), mock.region()).pause("org-audit");
 *
 *     assertThat(mock).trail("org-audit").isNotLogging();
 * }</code></pre>
 *
 * <h2>Recorded calls: where {@code received(...)} goes</h2>
 * Checks on the calls the mock received, such as
 * {@code assertThat(mock).received(Operation.STOP_LOGGING).once()}, belong in this class. They need the
 * handle's call journal ({@code CloudTrailMock.calls()}), which is not part of the handle yet; once it is,
 * {@code received(Operation)} will navigate, like {@link #trail(String)}, to assertions on the journal's
 * entries for that operation ({@code once()}, {@code times(n)}, {@code never()}, and filters such as the
 * trail a call named), reading {@code actual.calls()}. Until then, the mock's event history holds every
 * call it answered as a CloudTrail record:
 * {@code assertThat(mock).eventHistory().filteredOnSource("cloudtrail.amazonaws.com").containsEventNamed("StopLogging")}.
 */
public class CloudTrailMockAssert extends AbstractCloudTrailServiceAssert<CloudTrailMockAssert, CloudTrailMock> {

    public CloudTrailMockAssert(CloudTrailMock actual) {
        super(actual, CloudTrailMockAssert.class, CloudTrailAccess::through);
    }

    // received(Operation) -> assertions on actual.calls() for that operation: added with the call journal.
}
