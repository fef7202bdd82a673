package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CallCount;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * The isolation modes other than the default (which {@link IsolationTest} covers): {@link Isolation#SHARED}
 * carries state and journal from test to test but ends each test's faults with it;
 * {@link Isolation#ENDPOINT_PER_METHOD} gives every test its own endpoint starting from the class baseline,
 * which isolates even clients the code under test builds with its own credentials.
 */
class IsolationModesTest {
    static final List<URI> ENDPOINTS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetEndpoints() {
        ENDPOINTS.clear();
    }

    @Test
    void sharedStateCarriesFromTestToTestButFaultsEndWithTheirTest() {
        Scenarios.assertAllSucceeded(Scenarios.run(Shared.class), 4);
    }

    @Test
    void anEndpointPerMethodStartsEveryTestFromTheClassBaselineOnItsOwnPort() {
        Scenarios.assertAllSucceeded(Scenarios.run(EndpointPerMethod.class), 2);

        assertThat(ENDPOINTS).hasSize(3).doesNotHaveDuplicates();
        ENDPOINTS.forEach(TestClients::assertRefusesConnections);
    }

    @Test
    void anEndpointPerMethodIsolatesTheApplicationsOwnClientsInParallel() {
        Scenarios.assertAllSucceeded(Scenarios.runConcurrently(2, EndpointPerMethodInParallel.class), 2);
    }

    @Scenario
    @MockCloudTrail(isolation = Isolation.SHARED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Shared {
        @Test
        @Order(1)
        @SeedTrail(name = "seeded-by-the-first-test")
        void createsATrailAndPlansAFault(CloudTrailClient client, CloudTrailMock mock) {
            client.createTrail(r -> r.name("created-by-the-first-test").s3BucketName("audit-logs"));
            mock.faults().on(Operation.DESCRIBE_TRAILS).respond(AwsError.internalFailure());
        }

        @Test
        @Order(2)
        @InjectFault(operation = Operation.GET_TRAIL, errorCode = "InternalFailure", status = 500, always = true)
        void seesTheFirstTestsTrailsAndCallsButNotItsFault(CloudTrailClient client, CloudTrailMock mock) {
            assertThat(trailNames(client)).containsExactlyInAnyOrder("seeded-by-the-first-test",
                    "created-by-the-first-test");
            mock.verify(Operation.CREATE_TRAIL, CallCount.once());
        }

        @Test
        @Order(3)
        void doesNotMeetTheSecondTestsAnnotatedFault(CloudTrailClient client) {
            assertThat(client.getTrail(r -> r.name("created-by-the-first-test")).trail().name())
                    .isEqualTo("created-by-the-first-test");
        }

        @Nested
        class SharesTheEnclosingState {
            @Test
            void seesWhatTheEnclosingTestsDid(CloudTrailClient client) {
                assertThat(trailNames(client)).containsExactlyInAnyOrder("seeded-by-the-first-test",
                        "created-by-the-first-test");
            }
        }
    }

    @Scenario
    @MockCloudTrail(isolation = Isolation.ENDPOINT_PER_METHOD)
    @SeedTrail(name = "class-seed")
    static class EndpointPerMethod {
        @BeforeAll
        static void addToTheBaseline(CloudTrailMock mock, CloudTrailClient client) {
            ENDPOINTS.add(mock.endpoint());
            client.createTrail(r -> r.name("from-before-all").s3BucketName("audit-logs"));
        }

        @Test
        @SeedTrail(name = "method-seed")
        void first(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.add(mock.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "from-before-all", "method-seed");
            client.deleteTrail(r -> r.name("class-seed"));
        }

        @Test
        void second(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.add(mock.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "from-before-all");
        }
    }

    @Scenario
    @MockCloudTrail(isolation = Isolation.ENDPOINT_PER_METHOD)
    static class EndpointPerMethodInParallel {
        static final AtomicInteger RUNNING = new AtomicInteger();

        @Test
        @SeedTrail(name = "first-seed")
        void first(CloudTrailMock mock) {
            theApplicationSeesOnlyThisTest(mock, "first-seed");
        }

        @Test
        @SeedTrail(name = "second-seed")
        void second(CloudTrailMock mock) {
            theApplicationSeesOnlyThisTest(mock, "second-seed");
        }

        private static void theApplicationSeesOnlyThisTest(CloudTrailMock mock, String seed) {
            RUNNING.incrementAndGet();
            ParallelMethodsTest.awaitOrGiveUp(() -> RUNNING.get() >= 2);
            try (CloudTrailClient application = ParallelMethodsTest.ownClient(mock)) {
                assertThat(trailNames(application)).containsExactly(seed);
            }
            RUNNING.incrementAndGet();
            ParallelMethodsTest.awaitOrGiveUp(() -> RUNNING.get() >= 4);
        }
    }
}
