package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/** What can be injected where: constructors, lifecycle methods and test methods, exact types only. */
class ParameterInjectionTest {

    @Test
    void injectsIntoAPerClassConstructorBeforeBeforeAll() {
        Scenarios.assertAllSucceeded(Scenarios.run(PerClassConstructor.class), 1);
    }

    @Test
    void injectsTheTestsClientIntoBeforeEachAndTheClassClientIntoBeforeAllBothOnTheTestsState() {
        Scenarios.assertAllSucceeded(Scenarios.run(LifecycleMethods.class), 2);
    }

    @Test
    void claimsOnlyTheExactTypes() {
        EngineExecutionResults results = Scenarios.run(OtherTypes.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
        assertThat(Scenarios.testFailure(results, "objectParameter"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("No ParameterResolver registered for parameter [java.lang.Object ");
        assertThat(Scenarios.testFailure(results, "sdkClientParameter"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("No ParameterResolver registered for parameter [software.amazon.awssdk.core.SdkClient ");
        assertThat(Scenarios.testFailure(results, "autoCloseableParameter"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("No ParameterResolver registered for parameter [java.lang.AutoCloseable ");
    }

    @Test
    void theInjectedClientSurvivesCodeUnderTestClosingIt() {
        Scenarios.assertAllSucceeded(Scenarios.run(ClosingTheClient.class), 2);
    }

    @Test
    void aClientWithAnHttpClientOfItsOwnSurvivesCodeUnderTestClosingIt() {
        Scenarios.assertAllSucceeded(Scenarios.run(ClosingAClientThatOwnsItsHttpClient.class), 2);
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "seeded")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassConstructor {
        private final CloudTrailClient client;
        private final CloudTrailMock mock;
        private final List<String> trailsSeenByTheConstructor;
        private final List<String> calls = new ArrayList<>();

        PerClassConstructor(CloudTrailClient client, CloudTrailMock mock) {
            this.client = client;
            this.mock = mock;
            this.trailsSeenByTheConstructor = trailNames(client);
            calls.add("constructor");
        }

        @BeforeAll
        void beforeAll(CloudTrailMock mockInBeforeAll) {
            calls.add("beforeAll");
            assertThat(mockInBeforeAll).isSameAs(mock);
        }

        /** The constructor's client is the class's; while this test runs alone it acts on the test's state. */
        @Test
        @SeedTrail(name = "method-seed")
        void theConstructorSawTheSeededEndpointBeforeBeforeAll(CloudTrailClient clientInTest) {
            assertThat(calls).containsExactly("constructor", "beforeAll");
            assertThat(trailsSeenByTheConstructor).containsExactly("seeded");
            assertThat(clientInTest).isNotSameAs(client);
            client.createTrail(r -> r.name("created-in-test").s3BucketName("audit-logs"));
            assertThat(trailNames(clientInTest)).containsExactlyInAnyOrder("seeded", "method-seed", "created-in-test");
        }
    }

    @Scenario
    @MockCloudTrail
    static class LifecycleMethods {
        static CloudTrailClient clientInBeforeAll;
        static CloudTrailMock mockInBeforeAll;
        private CloudTrailClient clientInBeforeEach;

        @BeforeAll
        static void beforeAll(CloudTrailClient client, CloudTrailMock mock, CloudTrailClientBuilder builder) {
            clientInBeforeAll = client;
            mockInBeforeAll = mock;
            try (CloudTrailClient own = builder.build()) {
                own.createTrail(r -> r.name("from-before-all").s3BucketName("audit-logs"));
            }
        }

        @BeforeEach
        void beforeEach(CloudTrailClient client) {
            clientInBeforeEach = client;
        }

        @Test
        @SeedTrail(name = "method-seed")
        void seesTheTestsClientInBeforeEachAndTheClassClientOnTheTestsState(CloudTrailClient client,
                CloudTrailMock mock) {
            assertThat(client).isSameAs(clientInBeforeEach).isNotSameAs(clientInBeforeAll);
            assertThat(mock).isNotSameAs(mockInBeforeAll);
            assertThat(mock.endpoint()).isEqualTo(mockInBeforeAll.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("from-before-all", "method-seed");
            mockInBeforeAll.seedTrail(TrailSeed.named("seeded-through-the-class-handle").build());
            assertThat(trailNames(clientInBeforeAll)).containsExactlyInAnyOrder("from-before-all", "method-seed",
                    "seeded-through-the-class-handle");
            assertThat(trailNames(client)).isEqualTo(trailNames(clientInBeforeAll));
        }

        @Test
        void getsANewBuilderEachTimeAndOwnsWhatItBuilds(CloudTrailClientBuilder first, CloudTrailClientBuilder second,
                CloudTrailClient injected) {
            assertThat(first).isNotSameAs(second);
            try (CloudTrailClient own = first.build()) {
                own.createTrail(r -> r.name("from-own-client").s3BucketName("audit-logs"));
            }
            assertThat(trailNames(injected)).containsExactlyInAnyOrder("from-before-all", "from-own-client");
        }
    }

    @Scenario
    @MockCloudTrail
    static class OtherTypes {
        @Test
        void objectParameter(Object notOurs) {
        }

        @Test
        void sdkClientParameter(SdkClient notOurs) {
        }

        @Test
        void autoCloseableParameter(AutoCloseable notOurs) {
        }
    }

    /** Code under test closes the client it was given; the next test's client still works. */
    @Scenario
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class ClosesItsClient {
        @Test
        @Order(1)
        void codeUnderTestClosesItsClient(CloudTrailClient client) {
            client.close();
            assertThat(trailNames(client)).isEmpty();
        }

        @Test
        @Order(2)
        void theNextTestGetsAWorkingClient(CloudTrailClient client) {
            client.createTrail(r -> r.name("still-working").s3BucketName("audit-logs"));
            assertThat(trailNames(client)).containsExactly("still-working");
        }
    }

    @MockCloudTrail
    static class ClosingTheClient extends ClosesItsClient {
    }

    /** A customizer gives the injected client an HTTP client the SDK owns, which its close() would shut down. */
    static class ClosingAClientThatOwnsItsHttpClient extends ClosesItsClient {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .clientCustomizer(builder -> builder.httpClient(null).httpClientBuilder(ApacheHttpClient.builder()))
                .build();
    }
}
