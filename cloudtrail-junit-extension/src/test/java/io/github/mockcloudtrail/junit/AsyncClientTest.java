package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * With Netty's SDK HTTP client on the test class path (this module's tests have it), a
 * {@code CloudTrailAsyncClient} can be injected: on the test's state, with qualifiers, no retries, owned and
 * closed by the extension. {@code AsyncClientWithoutNettyTest} runs without Netty.
 */
class AsyncClientTest {
    static volatile CloudTrailAsyncClient clientSeenByTheClass;
    static volatile URI endpointSeenByTheClass;

    @Test
    void injectsAnAsyncClientOnTheTestsStateAndClosesItAfterTheClass() {
        Scenarios.assertAllSucceeded(Scenarios.run(UsesAsyncClients.class), 3);

        TestClients.assertRefusesConnections(endpointSeenByTheClass);
        assertThat(clientSeenByTheClass.describeTrails())
                .failsWithin(Duration.ofSeconds(30))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOf(SdkClientException.class);
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "audit", multiRegion = true)
    static class UsesAsyncClients {
        @Test
        @SeedTrail(name = "method-seed")
        void seesTheTestsStateLikeTheSyncClient(CloudTrailAsyncClient async, CloudTrailClient sync, CloudTrailMock mock) {
            endpointSeenByTheClass = mock.endpoint();
            assertThat(async.serviceClientConfiguration().overrideConfiguration().retryStrategy())
                    .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(1));
            async.createTrail(r -> r.name("created-async").s3BucketName("audit-logs")).join();

            assertThat(trailNames(sync)).containsExactlyInAnyOrder("audit", "method-seed", "created-async");
            assertThat(async.getTrail(r -> r.name("nope")))
                    .failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause()
                    .isExactlyInstanceOf(TrailNotFoundException.class);
        }

        @Test
        void worksForAnotherRegion(@ForRegion("eu-west-1") CloudTrailAsyncClient ireland) {
            assertThat(ireland.describeTrails().join().trailList()).extracting(Trail::homeRegion)
                    .containsExactly("us-east-1");
        }

        @Test
        void survivesCodeUnderTestClosingIt(CloudTrailAsyncClient async) {
            clientSeenByTheClass = async;
            async.close();
            assertThat(async.listTrails(r -> { }).join().trails()).hasSize(1);
        }
    }
}
