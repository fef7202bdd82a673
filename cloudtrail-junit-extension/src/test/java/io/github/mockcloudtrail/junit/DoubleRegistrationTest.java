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
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** Registering the extension twice still gives one endpoint, seeded once, with one resolver. */
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
    void annotationPlusRegisteredInstanceGivesOneEndpoint() {
        Scenarios.assertAllSucceeded(Scenarios.run(AnnotationPlusRegisteredInstance.class), 1);

        assertThat(ENDPOINTS).hasSize(2).containsOnly(ENDPOINTS.get(0));
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
