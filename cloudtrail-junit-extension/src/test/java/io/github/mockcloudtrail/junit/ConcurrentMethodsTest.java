package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Methods of one class share one endpoint and reset it before each test, so they must not run
 * concurrently; when they do, the second one fails with a message that says so instead of both
 * seeing each other's trails.
 */
class ConcurrentMethodsTest {
    /** Counted down when either test has finished, failed or not. */
    static final CountDownLatch ONE_TEST_FINISHED = new CountDownLatch(1);

    @Test
    void aSecondConcurrentMethodFailsWithAClearMessage() {
        EngineExecutionResults results = Scenarios.runInParallel(ConcurrentMethods.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Scenarios.failures(results)).singleElement()
                .isInstanceOf(ExtensionConfigurationException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("is still running on the same mock CloudTrail endpoint")
                .contains("Test methods sharing one @MockCloudTrail endpoint must not run concurrently");
    }

    @Scenario
    @MockCloudTrail
    @Execution(ExecutionMode.CONCURRENT)
    @ExtendWith(SignalsTheEndOfATest.class)
    static class ConcurrentMethods {
        @Test
        void one(CloudTrailClient client) throws InterruptedException {
            holdTheEndpointUntilTheOtherTestEnded(client);
        }

        @Test
        void two(CloudTrailClient client) throws InterruptedException {
            holdTheEndpointUntilTheOtherTestEnded(client);
        }

        private static void holdTheEndpointUntilTheOtherTestEnded(CloudTrailClient client) throws InterruptedException {
            assertThat(client.describeTrails().trailList()).isEmpty();
            assertThat(ONE_TEST_FINISHED.await(60, TimeUnit.SECONDS)).as("the other test ran concurrently").isTrue();
        }
    }

    /** Registered after the mock's extension, so it runs after the failing claim, and runs even then. */
    static class SignalsTheEndOfATest implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            ONE_TEST_FINISHED.countDown();
        }
    }
}
