package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Without Netty's SDK HTTP client on the class path (surefire runs this class in its own execution, with
 * {@code netty-nio-client} left off the class path, as in a project that does not have it), asking for a
 * {@code CloudTrailAsyncClient} fails with a message naming the dependency to add, and the rest of the
 * extension works.
 */
class AsyncClientWithoutNettyTest {

    @Test
    void nettyIsReallyNotOnTheClassPath() {
        assertThatExceptionOfType(ClassNotFoundException.class)
                .isThrownBy(() -> Class.forName(AsyncHttp.NETTY_CLIENT_CLASS));
    }

    @Test
    void anAsyncClientCannotBeInjectedAndTheMessageNamesTheDependency() {
        EngineExecutionResults results = Scenarios.run(WithoutNetty.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Scenarios.testFailure(results, "wantsAnAsyncClient"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("A CloudTrailAsyncClient needs an async SDK HTTP client on the test class path, and there"
                        + " is none: add software.amazon.awssdk:netty-nio-client (test scope, the version of your AWS"
                        + " SDK). The sync CloudTrailClient works without it.");
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "audit")
    static class WithoutNetty {
        @Test
        void wantsAnAsyncClient(CloudTrailAsyncClient async) {
        }

        @Test
        void theSyncClientWorks(CloudTrailClient client) {
            assertThat(trailNames(client)).containsExactly("audit");
        }
    }
}
