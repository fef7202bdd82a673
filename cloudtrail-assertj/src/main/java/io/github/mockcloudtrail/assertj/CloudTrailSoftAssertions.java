package io.github.mockcloudtrail.assertj;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft CloudTrail assertions: failures are collected, and reported together by {@link #assertAll()}, so one
 * run shows everything that is wrong with a trail. Navigation ({@code trail(...)}, {@code eventSelectors()},
 * {@code event(0)}, ...) stays soft; when it fails (no such trail), that failure is collected once and the
 * assertions chained after it are skipped. Works with AssertJ's {@code SoftAssertionsExtension}.
 *
 * <pre><code class='java'> CloudTrailSoftAssertions.assertSoftly(softly -&gt; {
 *     softly.assertThat(cloudTrail).trail("org-audit").isLogging().isMultiRegion().hasLogFileValidationEnabled();
 *     softly.assertThat(cloudTrail).trail("app-trail").deliversTo("app-logs");
 * });
 *
 * &#64;ExtendWith(SoftAssertionsExtension.class)
 * class AuditTest {
 *     &#64;InjectSoftAssertions
 *     CloudTrailSoftAssertions softly;
 *     ...
 * }</code></pre>
 *
 * To mix these entry points with AssertJ's own, implement {@link CloudTrailSoftAssertionsProvider} in a
 * subclass of {@code SoftAssertions}.
 */
public class CloudTrailSoftAssertions extends AbstractSoftAssertions implements CloudTrailSoftAssertionsProvider {

    /**
     * Runs soft assertions and reports every failure at the end.
     *
     * <pre><code class='java'>
     * CloudTrailSoftAssertions.assertSoftly(softly -&gt; softly.assertThat(cloudTrail).trail("org-audit")
     *     .isLogging());</code></pre>
     *
     * @param softly the assertions
     * @throws AssertionError listing every failure, if any
     */
    public static void assertSoftly(Consumer<CloudTrailSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(CloudTrailSoftAssertions.class, softly);
    }
}
