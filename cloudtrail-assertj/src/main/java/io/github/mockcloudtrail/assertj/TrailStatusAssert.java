package io.github.mockcloudtrail.assertj;

import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

/**
 * Assertions on a trail's logging status, a {@code GetTrailStatus} answer, reached from a live trail
 * ({@code assertThat(cloudTrail).trail("org-audit").status()}) or asserted on directly. The answer does not
 * name its trail, so failures reached directly say "the trail".
 *
 * <pre><code class='java'>
 * assertThat(cloudTrail.getTrailStatus(r -&gt; r.name("org-audit"))).isLogging().hasNoDeliveryErrors();
 *
 * assertThat(cloudTrail).trail("org-audit")
 *     .status().isLogging().hasNoDeliveryErrors()
 *     .returnToTrail().isMultiRegion();</code></pre>
 */
public class TrailStatusAssert extends AbstractCloudTrailAssert<TrailStatusAssert, GetTrailStatusResponse> {
    /** The trail's name when reached from it. */
    String trailName;

    /**
     * Assertions on a {@code GetTrailStatus} answer; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public TrailStatusAssert(GetTrailStatusResponse actual) {
        super(actual, TrailStatusAssert.class);
    }

    /**
     * Verifies that the trail is logging ({@code IsLogging}).
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail.getTrailStatus(r -&gt; r.name("org-audit"))).isLogging();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the status is null
     * @throws AssertionError if the trail is not logging
     */
    public TrailStatusAssert isLogging() {
        return check(status -> failIfPresent(TrailChecks.logging(trailName, status, true)));
    }

    /**
     * Verifies that the trail is not logging.
     *
     * <pre><code class='java'> cloudTrail.stopLogging(r -&gt; r.name("org-audit"));
     * assertThat(cloudTrail.getTrailStatus(r -&gt; r.name("org-audit"))).isNotLogging();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the status is null
     * @throws AssertionError if the trail is logging
     */
    public TrailStatusAssert isNotLogging() {
        return check(status -> failIfPresent(TrailChecks.logging(trailName, status, false)));
    }

    /**
     * Verifies that the status reports no error of the latest delivery of log files, digest files, SNS
     * notifications or CloudWatch Logs events. The mock never has delivery errors; real trails do when a
     * bucket policy or key policy changes.
     *
     * <pre><code class='java'>
     * assertThat(realCloudTrail.getTrailStatus(r -&gt; r.name("org-audit"))).hasNoDeliveryErrors();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the status is null
     * @throws AssertionError if {@code LatestDeliveryError}, {@code LatestDigestDeliveryError},
     *     {@code LatestNotificationError} or {@code LatestCloudWatchLogsDeliveryError} is set
     */
    public TrailStatusAssert hasNoDeliveryErrors() {
        return check(status -> failIfPresent(TrailChecks.noDeliveryErrors(trailName, status)));
    }

    /**
     * Leads back to the trail this status was reached from.
     *
     * <pre><code class='java'>
     * assertThat(cloudTrail).trail("org-audit").status().isLogging().returnToTrail().isMultiRegion();</code></pre>
     *
     * @return the trail's assertion object
     * @throws IllegalStateException if the status was not reached from {@link LiveTrailAssert#status()}
     */
    public LiveTrailAssert returnToTrail() {
        return origin(LiveTrailAssert.class, "LiveTrailAssert.status()");
    }
}
