package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * {@code @MockCloudTrail} plus {@code @ExtendWith(MockCloudTrailExtension.class)} still gives one endpoint,
 * seeded once, with one resolver; the annotation plus a {@code @RegisterExtension} field is two conflicting
 * configurations and fails before any test runs, saying what to remove.
 */
class DoubleRegistrationTest {
    static final List<URI> ENDPOINTS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetEndpoints() {
        ENDPOINTS.clear();
    }

    @Test
    void annotationPlusExtendWithGivesOneEndpoint() {
        Scenarios.assertAllSucceeded(Scenarios.run(AnnotationPlusExtendWith.class), 1);

        assertThat(ENDPOINTS).hasSize(2).containsOnly(ENDPOINTS.get(0));
    }

    @Test
    void annotationPlusRegisteredFieldFailsSayingWhatToRemove() {
        EngineExecutionResults results = Scenarios.run(AnnotationPlusRegisteredInstance.class);

        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(ENDPOINTS).isEmpty();
        assertThat(Scenarios.containerFailure(results))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(AnnotationPlusRegisteredInstance.class.getName() + " has both @MockCloudTrail and the"
                        + " @RegisterExtension field SECOND_INSTANCE: remove one of them. Keep the annotation to"
                        + " configure the mock declaratively, or the field to configure it with"
                        + " MockCloudTrailExtension.builder().");
    }

    /** What both registrations must give: one endpoint, class and method seeds applied once, one resolver. */
    @Scenario
    abstract static class SeedsOnceAndResolvesOnce {
        @BeforeAll
        static void recordEndpoint(CloudTrailMock mock) {
            ENDPOINTS.add(mock.endpoint());
        }

        @Test
        @SeedTrail(name = "method-seed")
        void seedsOnceAndResolvesOnce(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.add(mock.endpoint());
            assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "method-seed");
        }
    }

    @MockCloudTrail
    @ExtendWith(MockCloudTrailExtension.class)
    @SeedTrail(name = "class-seed")
    static class AnnotationPlusExtendWith extends SeedsOnceAndResolvesOnce {
    }

    @MockCloudTrail
    @SeedTrail(name = "class-seed")
    static class AnnotationPlusRegisteredInstance extends SeedsOnceAndResolvesOnce {
        @RegisterExtension
        static final MockCloudTrailExtension SECOND_INSTANCE = new MockCloudTrailExtension();
    }
}
