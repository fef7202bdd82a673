package io.github.mockcloudtrail.assertj;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Assertions on CloudTrail as a client sees it, live: the mock's injected client or a client for real AWS.
 * Every assertion and navigation calls CloudTrail through the client when it runs; the client stays the
 * caller's (it is not closed).
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit")
 *     .isLogging()
 *     .isMultiRegion()
 *     .logsManagementEvents(ReadWriteType.ALL);
 *
 * assertThat(cloudTrail).eventHistory().containsEventNamed("CreateTrail");</code></pre>
 */
public class CloudTrailClientAssert extends AbstractCloudTrailServiceAssert<CloudTrailClientAssert, CloudTrailClient> {

    /**
     * Assertions on a client, of the mock or of real AWS; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public CloudTrailClientAssert(CloudTrailClient actual) {
        super(actual, CloudTrailClientAssert.class, CloudTrailAccess::through);
    }
}
