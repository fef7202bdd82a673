package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * How the live assertions reach CloudTrail: through a client the test owns, or through clients built from
 * the mock's handle for one call and closed after it.
 */
interface CloudTrailAccess {

    /** Makes calls with a client and returns what they read. */
    <T> T call(Function<CloudTrailClient, T> calls);

    /** The Region the calls are signed for, such as {@code us-east-1}. */
    String region();

    static CloudTrailAccess through(CloudTrailClient client) {
        return new CloudTrailAccess() {
            @Override
            public <T> T call(Function<CloudTrailClient, T> calls) {
                return calls.apply(client);
            }

            @Override
            public String region() {
                return client.serviceClientConfiguration().region().id();
            }
        };
    }

    static CloudTrailAccess through(CloudTrailMock mock) {
        return new CloudTrailAccess() {
            @Override
            public <T> T call(Function<CloudTrailClient, T> calls) {
                try (CloudTrailClient client = mock.clientBuilder().build()) {
                    return calls.apply(client);
                }
            }

            @Override
            public String region() {
                return mock.region().id();
            }
        };
    }
}
