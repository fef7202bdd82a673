package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * Before each test method the state is the class baseline (class seeds plus what {@code @BeforeAll}
 * did) plus that method's seeds; nothing a test changes reaches the next one.
 */
class IsolationTest {
    private static final String CLASS_SEED_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/class-seed";

    @Test
    void everyTestStartsFromTheBaselinePlusItsOwnSeeds() {
        Scenarios.assertAllSucceeded(Scenarios.run(Baseline.class), 4);
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "class-seed", logging = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Baseline {
        @BeforeAll
        static void addToTheBaseline(CloudTrailClient client) {
            client.createTrail(r -> r.name("from-before-all").s3BucketName("audit-logs"));
        }

        /** Runs before every test; it would fail with TrailAlreadyExistsException if the baseline kept its trail. */
        @BeforeEach
        void notPartOfTheBaseline(CloudTrailClient client) {
            client.createTrail(r -> r.name("from-before-each").s3BucketName("audit-logs"));
        }

        @Test
        @Order(1)
        @SeedTrail(name = "method-seed")
        void firstSeesTheBaselineAndItsSeedThenChangesEverything(CloudTrailClient client) {
            assertThat(trailNames(client))
                    .containsExactlyInAnyOrder("class-seed", "from-before-all", "from-before-each", "method-seed");
            client.stopLogging(r -> r.name("class-seed"));
            client.addTags(r -> r.resourceId(CLASS_SEED_ARN).tagsList(Tag.builder().key("changed").value("yes").build()));
            client.deleteTrail(r -> r.name("from-before-all"));
            client.createTrail(r -> r.name("made-by-first-test").s3BucketName("audit-logs"));
        }

        @Test
        @Order(2)
        void secondSeesTheBaselineAgain(CloudTrailClient client) {
            assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "from-before-all", "from-before-each");
            assertThat(client.getTrailStatus(r -> r.name("class-seed")).isLogging()).isTrue();
            assertThat(client.listTags(r -> r.resourceIdList(CLASS_SEED_ARN)).resourceTagList().get(0).tagsList())
                    .isEmpty();
        }

        @Nested
        @SeedTrail(name = "nested-seed")
        @TestInstance(TestInstance.Lifecycle.PER_CLASS)
        @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
        class NestedBaseline {
            @BeforeAll
            void addToTheNestedBaseline(CloudTrailClient client) {
                client.createTrail(r -> r.name("from-nested-before-all").s3BucketName("audit-logs"));
            }

            @Test
            @Order(1)
            void firstNestedSeesTheEnclosingBaselinePlusItsOwn(CloudTrailClient client) {
                assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "from-before-all",
                        "nested-seed", "from-nested-before-all", "from-before-each");
                client.deleteTrail(r -> r.name("nested-seed"));
                client.deleteTrail(r -> r.name("from-nested-before-all"));
            }

            @Test
            @Order(2)
            void secondNestedSeesTheSameBaseline(CloudTrailClient client) {
                assertThat(trailNames(client)).containsExactlyInAnyOrder("class-seed", "from-before-all",
                        "nested-seed", "from-nested-before-all", "from-before-each");
            }
        }
    }
}
