package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** {@code @Nested} classes share the enclosing endpoint, unless they carry their own {@code @MockCloudTrail}. */
class NestedClassesTest {
    static final Map<String, URI> ENDPOINTS = new ConcurrentHashMap<>();

    @Test
    void nestedClassesShareTheEnclosingEndpointUnlessTheyDeclareTheirOwn() {
        Scenarios.assertAllSucceeded(Scenarios.run(Outer.class), 4);

        assertThat(ENDPOINTS).containsOnlyKeys("outer", "shared", "deeper", "own");
        assertThat(ENDPOINTS.get("shared")).isEqualTo(ENDPOINTS.get("outer"));
        assertThat(ENDPOINTS.get("deeper")).isEqualTo(ENDPOINTS.get("outer"));
        assertThat(ENDPOINTS.get("own")).isNotEqualTo(ENDPOINTS.get("outer"));
        ENDPOINTS.values().forEach(TestClients::assertRefusesConnections);
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "outer-seed")
    static class Outer {
        @Test
        void seesItsSeed(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.put("outer", mock.endpoint());
            assertThat(trailNames(client)).containsExactly("outer-seed");
            client.createTrail(r -> r.name("made-by-outer-test").s3BucketName("outer-logs"));
        }

        @Nested
        @SeedTrail(name = "shared-seed")
        class SharedEndpoint {
            @Test
            void seesTheEnclosingBaselinePlusItsOwnSeed(CloudTrailClient client, CloudTrailMock mock) {
                ENDPOINTS.put("shared", mock.endpoint());
                assertThat(trailNames(client)).containsExactlyInAnyOrder("outer-seed", "shared-seed");
                client.createTrail(r -> r.name("made-by-shared-test").s3BucketName("shared-logs"));
            }

            @Nested
            class Deeper {
                @Test
                void seesBothEnclosingBaselines(CloudTrailClient client, CloudTrailMock mock) {
                    ENDPOINTS.put("deeper", mock.endpoint());
                    assertThat(trailNames(client)).containsExactlyInAnyOrder("outer-seed", "shared-seed");
                }
            }
        }

        @Nested
        @MockCloudTrail(region = "eu-west-1")
        @SeedTrail(name = "own-seed")
        class OwnEndpoint {
            @Test
            void startsFromItsOwnSeedsInItsOwnRegion(CloudTrailClient client, CloudTrailMock mock) {
                ENDPOINTS.put("own", mock.endpoint());
                assertThat(mock.region()).isEqualTo(Region.EU_WEST_1);
                assertThat(trailNames(client)).containsExactly("own-seed");
                assertThat(client.getTrail(r -> r.name("own-seed")).trail().homeRegion()).isEqualTo("eu-west-1");
            }
        }
    }
}
