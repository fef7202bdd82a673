package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Test classes running in parallel (JUnit's {@code mode.classes.default=concurrent}) each get their
 * own endpoint and never see each other's trails, although they create trails of the same names.
 */
class ParallelClassesTest {
    static final Map<Class<?>, URI> ENDPOINTS = new ConcurrentHashMap<>();
    /** Both classes wait here, which proves they really ran at the same time. */
    static final CountDownLatch BOTH_CLASSES_STARTED = new CountDownLatch(2);

    @Test
    void parallelClassesEachHaveTheirOwnEndpoint() {
        Scenarios.assertAllSucceeded(Scenarios.runInParallel(FirstClass.class, SecondClass.class), 10);

        assertThat(ENDPOINTS).containsOnlyKeys(FirstClass.class, SecondClass.class);
        assertThat(ENDPOINTS.get(FirstClass.class)).isNotEqualTo(ENDPOINTS.get(SecondClass.class));
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "same-name-everywhere", logging = true)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class ParallelClass {
        @BeforeAll
        void waitForTheOtherClass(CloudTrailMock mock) throws InterruptedException {
            ENDPOINTS.put(getClass(), mock.endpoint());
            BOTH_CLASSES_STARTED.countDown();
            assertThat(BOTH_CLASSES_STARTED.await(60, TimeUnit.SECONDS)).as("the other class started meanwhile").isTrue();
        }

        @RepeatedTest(5)
        void seesOnlyItsOwnChanges(CloudTrailClient client) {
            String own = getClass().getSimpleName();
            assertThat(trailNames(client)).containsExactly("same-name-everywhere");
            client.createTrail(r -> r.name(own).s3BucketName("audit-logs"));
            client.stopLogging(r -> r.name("same-name-everywhere"));
            client.deleteTrail(r -> r.name("same-name-everywhere"));
            client.createTrail(r -> r.name("same-name-everywhere").s3BucketName(own.toLowerCase() + "-logs"));

            assertThat(trailNames(client)).containsExactlyInAnyOrder("same-name-everywhere", own);
            assertThat(client.getTrail(r -> r.name("same-name-everywhere")).trail().s3BucketName())
                    .isEqualTo(own.toLowerCase() + "-logs");
        }
    }

    static class FirstClass extends ParallelClass {
    }

    static class SecondClass extends ParallelClass {
    }
}
