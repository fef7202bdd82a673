package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.TrailSeed;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * {@code @RegisterExtension MockCloudTrailExtension.builder()...build()}: the twin of the annotation with the
 * same options and injectable types; a static field gives the class one endpoint (shared by nested classes,
 * its own for every subclass), an instance field an endpoint per test method; its {@code endpoint()} starts
 * the mock before {@code @BeforeAll} when something asks that early; a class declaring its mock twice fails.
 */
class ProgrammaticExtensionTest {
    static final List<URI> ENDPOINTS = new CopyOnWriteArrayList<>();
    static final Map<Class<?>, URI> ENDPOINTS_BY_CLASS = new ConcurrentHashMap<>();

    @BeforeEach
    void forgetEndpoints() {
        ENDPOINTS.clear();
        ENDPOINTS_BY_CLASS.clear();
    }

    @Test
    void aStaticFieldOffersEveryOptionOfTheAnnotationAndInjectsTheSameTypes() {
        Scenarios.assertAllSucceeded(Scenarios.run(StaticField.class), 4);
    }

    @Test
    void aStaticFieldOfABaseClassGivesEverySubclassItsOwnWorkingEndpoint() {
        Scenarios.assertAllSucceeded(Scenarios.run(FirstSubclass.class, SecondSubclass.class), 4);

        assertThat(ENDPOINTS_BY_CLASS).containsOnlyKeys(FirstSubclass.class, SecondSubclass.class);
        assertThat(ENDPOINTS_BY_CLASS.get(FirstSubclass.class)).isNotEqualTo(ENDPOINTS_BY_CLASS.get(SecondSubclass.class));
        ENDPOINTS_BY_CLASS.values().forEach(TestClients::assertRefusesConnections);
    }

    @Test
    void theExtensionsEndpointIsAmbiguousWhileTwoSubclassesRunButInjectionIsNot() {
        Scenarios.assertAllSucceeded(Scenarios.runInParallel(FirstParallelSubclass.class,
                SecondParallelSubclass.class), 2);
    }

    @Test
    void anInstanceFieldGivesEveryTestMethodItsOwnEndpointWithTheBuildersSeeds() {
        Scenarios.assertAllSucceeded(Scenarios.run(InstanceField.class), 3);

        assertThat(ENDPOINTS).hasSize(3).doesNotHaveDuplicates();
        ENDPOINTS.forEach(TestClients::assertRefusesConnections);
    }

    @Test
    void anInstanceFieldOffersNothingToBeforeAll() {
        EngineExecutionResults results = Scenarios.run(InstanceFieldInBeforeAll.class);

        assertThat(Scenarios.containerFailure(results))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("No ParameterResolver registered for parameter"
                        + " [software.amazon.awssdk.services.cloudtrail.CloudTrailClient ");
    }

    @Test
    void anInstanceFieldCannotShareState() {
        EngineExecutionResults results = Scenarios.run(SharedInstanceField.class);

        assertThat(Scenarios.testFailure(results, "neverRuns"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("MockCloudTrailExtension field cloudTrail is an instance field, so every test method gets"
                        + " its own endpoint and nothing is shared: make the field static to use Isolation.SHARED.");
    }

    @Test
    void twoFieldsOnOneClassFailSayingWhatToKeep() {
        EngineExecutionResults results = Scenarios.run(TwoFields.class);

        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(Scenarios.containerFailure(results))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(TwoFields.class.getName() + " registers MockCloudTrailExtension in several fields (FIRST,"
                        + " SECOND): keep one; a test class has one mock CloudTrail, and @ForRegion/@ForAccount give"
                        + " clients for other Regions and accounts.");
    }

    @Test
    void endpointStartsTheMockWhenAskedBeforeBeforeAllAndTheClassAdoptsIt() {
        Scenarios.assertAllSucceeded(Scenarios.run(AskedBeforeBeforeAll.class), 1);

        assertThat(ENDPOINTS).hasSize(2).containsOnly(ENDPOINTS.get(0));
        TestClients.assertRefusesConnections(ENDPOINTS.get(0));
    }

    @Test
    void theBuilderRejectsBadValuesNamingTheCall() {
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder().region("Mars").build())
                .withMessage("MockCloudTrailExtension.builder().region(\"Mars\") is not a Region name such as us-east-1.");
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder().accountId("1234").build())
                .withMessage("MockCloudTrailExtension.builder().accountId(\"1234\") is not an account ID: it must be 12"
                        + " digits.");
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder().journalLimit(-1).build())
                .withMessage("MockCloudTrailExtension.builder().journalLimit(-1) must be 0 (no journal) or more.");
        assertThatIllegalArgumentException().isThrownBy(() -> MockCloudTrailExtension.builder()
                        .organization("111111111111", "111111111111").build())
                .withMessageStartingWith("MockCloudTrailExtension.builder().organization(\"111111111111\","
                        + " [111111111111]) is invalid: ");
    }

    @Test
    void anInvalidBuilderSeedFailsTheClassNamingTheCall() {
        EngineExecutionResults results = Scenarios.run(InvalidBuilderSeed.class);

        assertThat(Scenarios.containerFailure(results))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("MockCloudTrailExtension.builder().seedTrail(TrailSeed[bad name]) is invalid:"
                        + " InvalidTrailNameException: ");
    }

    @Scenario
    @SeedTrail(name = "class-seed")
    static class StaticField {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .region("eu-west-1")
                .accountId("111111111111")
                .organization("111111111111", "222222222222")
                .seedTrail(TrailSeed.named("org-audit").organizationTrail(true).multiRegion(true).logging(true).build())
                .fault(FaultRule.on(Operation.LIST_TAGS).respond(AwsError.internalFailure()))
                .isolation(Isolation.RESET_BEFORE_EACH)
                .journalLimit(50)
                .clientCustomizer(builder -> builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)))
                .asyncClientCustomizer(builder -> builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)))
                .build();

        @Test
        void configuresTheHandleAndTheClients(CloudTrailMock mock, CloudTrailClient client, CloudTrailClientBuilder builder,
                CloudTrailAsyncClient async) {
            assertThat(mock.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(mock.accountId()).isEqualTo("111111111111");
            assertThat(mock.calls().limit()).isEqualTo(50);
            assertThat(CLOUDTRAIL.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(CLOUDTRAIL.accountId()).isEqualTo("111111111111");
            assertThat(CLOUDTRAIL.endpoint()).isEqualTo(mock.endpoint());
            assertThat(client.serviceClientConfiguration().overrideConfiguration().retryStrategy())
                    .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(3));
            assertThat(async.serviceClientConfiguration().overrideConfiguration().retryStrategy())
                    .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(3));
            try (CloudTrailClient built = builder.build()) {
                assertThat(built.serviceClientConfiguration().overrideConfiguration().retryStrategy())
                        .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(3));
                assertThat(trailNames(built)).containsExactlyInAnyOrder("org-audit", "class-seed");
            }
            assertThat(async.describeTrails().join().trailList()).extracting(Trail::trailARN).containsExactlyInAnyOrder(
                    "arn:aws:cloudtrail:eu-west-1:111111111111:trail/org-audit",
                    "arn:aws:cloudtrail:eu-west-1:111111111111:trail/class-seed");
        }

        @Test
        void theOrganizationTrailReachesTheMemberAccount(@ForAccount("222222222222") CloudTrailClient member) {
            assertThat(member.describeTrails().trailList()).extracting(Trail::trailARN)
                    .containsExactly("arn:aws:cloudtrail:eu-west-1:111111111111:trail/org-audit");
        }

        @Test
        void theBuildersFaultHitsEveryTest(CloudTrailClient client) {
            assertThat(Scenarios.serviceError(() -> client.listTags(r -> r.resourceIdList(List.of()))))
                    .isExactlyInstanceOf(CloudTrailException.class)
                    .satisfies(error -> assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InternalFailure"));
        }

        @Nested
        class SharesTheEndpoint {
            @Test
            void seesTheSameSeeds(CloudTrailClient client, CloudTrailMock mock) {
                assertThat(mock.endpoint()).isEqualTo(CLOUDTRAIL.endpoint());
                assertThat(trailNames(client)).containsExactlyInAnyOrder("org-audit", "class-seed");
            }
        }
    }

    @Scenario
    abstract static class SharedBase {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .seedTrail(TrailSeed.named("base-seed").build())
                .build();

        @Test
        void hasAWorkingEndpoint(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS_BY_CLASS.put(getClass(), mock.endpoint());
            assertThat(trailNames(client)).containsExactly("base-seed");
            assertThat(CLOUDTRAIL.endpoint()).isEqualTo(mock.endpoint());
        }

        @Test
        void theExtensionsHandleActsOnTheRunningTest(CloudTrailClient client) {
            CLOUDTRAIL.mock().seedTrail(TrailSeed.named("through-the-extension").build());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("base-seed", "through-the-extension");
        }
    }

    static class FirstSubclass extends SharedBase {
    }

    static class SecondSubclass extends SharedBase {
    }

    @Scenario
    abstract static class ParallelBase {
        static final CountDownLatch BOTH_TESTING = new CountDownLatch(2);
        static final CountDownLatch BOTH_CHECKED = new CountDownLatch(2);

        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder().build();

        /** Both classes' tests meet here, so both classes' endpoints are live while each checks. */
        @Test
        void injectionKnowsItsEndpointTheExtensionDoesNot(CloudTrailMock mock) throws InterruptedException {
            BOTH_TESTING.countDown();
            assertThat(BOTH_TESTING.await(60, TimeUnit.SECONDS)).as("the other class's test runs meanwhile").isTrue();
            try {
                assertThat(Scenarios.catchIllegalState(CLOUDTRAIL::endpoint))
                        .hasMessageStartingWith("This MockCloudTrailExtension serves 2 mocks at once")
                        .hasMessageEndingWith("so it cannot tell which one you mean: inject CloudTrailMock into the"
                                + " test instead.");
                assertThat(mock.endpoint().getPort()).isPositive();
            } finally {
                BOTH_CHECKED.countDown();
                BOTH_CHECKED.await(60, TimeUnit.SECONDS);
            }
        }
    }

    static class FirstParallelSubclass extends ParallelBase {
    }

    static class SecondParallelSubclass extends ParallelBase {
    }

    @Scenario
    @SeedTrail(name = "class-seed")
    static class InstanceField {
        @RegisterExtension
        final MockCloudTrailExtension cloudTrail = MockCloudTrailExtension.builder()
                .seedTrail(TrailSeed.named("builder-seed").build())
                .build();

        @Test
        void first(CloudTrailClient client, CloudTrailMock mock) {
            startsFresh(client, mock);
        }

        @Test
        @SeedTrail(name = "method-seed")
        void second(CloudTrailClient client, CloudTrailMock mock) {
            assertThat(trailNames(client)).containsExactlyInAnyOrder("builder-seed", "class-seed", "method-seed");
            client.deleteTrail(r -> r.name("method-seed"));
            startsFresh(client, mock);
        }

        @Test
        void third(CloudTrailClient client, CloudTrailMock mock) {
            startsFresh(client, mock);
        }

        private void startsFresh(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.add(mock.endpoint());
            assertThat(cloudTrail.endpoint()).isEqualTo(mock.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("builder-seed", "class-seed");
            client.createTrail(r -> r.name("left-behind").s3BucketName("audit-logs"));
        }
    }

    @Scenario
    static class InstanceFieldInBeforeAll {
        @RegisterExtension
        final MockCloudTrailExtension cloudTrail = MockCloudTrailExtension.builder().build();

        @BeforeAll
        static void tooEarly(CloudTrailClient client) {
        }

        @Test
        void neverRuns() {
        }
    }

    @Scenario
    static class SharedInstanceField {
        @RegisterExtension
        final MockCloudTrailExtension cloudTrail = MockCloudTrailExtension.builder().isolation(Isolation.SHARED).build();

        @Test
        void neverRuns() {
        }
    }

    @Scenario
    static class TwoFields {
        @RegisterExtension
        static final MockCloudTrailExtension FIRST = MockCloudTrailExtension.builder().build();

        @RegisterExtension
        static final MockCloudTrailExtension SECOND = MockCloudTrailExtension.builder().build();

        @Test
        void neverRuns() {
        }
    }

    @Scenario
    static class InvalidBuilderSeed {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .seedTrail(TrailSeed.named("bad name").build())
                .build();

        @Test
        void neverRuns() {
        }
    }

    /** What Spring's {@code @DynamicPropertySource} does for a PER_CLASS test: read the endpoint on instantiation. */
    static class ReadsTheEndpointOnInstantiation implements TestInstancePostProcessor {
        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
            ENDPOINTS.add(AskedBeforeBeforeAll.CLOUDTRAIL.endpoint());
        }
    }

    @Scenario
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @ExtendWith(ReadsTheEndpointOnInstantiation.class)
    @SeedTrail(name = "class-seed")
    static class AskedBeforeBeforeAll {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .seedTrail(TrailSeed.named("builder-seed").build())
                .build();

        @Test
        @Order(1)
        void usesTheEndpointStartedEarly(CloudTrailMock mock, CloudTrailClient client) {
            ENDPOINTS.add(mock.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("builder-seed", "class-seed");
        }
    }
}
