package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * {@code @MockCloudTrail} on an abstract base class: every subclass gets its own endpoint, and the
 * second subclass works as well as the first (a server stopped after the first subclass and never
 * restarted is a known pitfall of extensions that keep state in fields).
 */
class InheritedAnnotationTest {
    static final Map<Class<?>, URI> ENDPOINTS = new ConcurrentHashMap<>();

    @Test
    void eachSubclassGetsItsOwnWorkingEndpoint() {
        Scenarios.assertAllSucceeded(Scenarios.run(FirstSubclass.class, SecondSubclass.class), 4);

        assertThat(ENDPOINTS).containsOnlyKeys(FirstSubclass.class, SecondSubclass.class);
        assertThat(ENDPOINTS.get(FirstSubclass.class)).isNotEqualTo(ENDPOINTS.get(SecondSubclass.class));
        ENDPOINTS.values().forEach(TestClients::assertRefusesConnections);
    }

    @Scenario
    @MockCloudTrail(accountId = "210987654321")
    @SeedTrail(name = "inherited-seed")
    abstract static class AuditBase {
        @Test
        void servesThisSubclass(CloudTrailClient client, CloudTrailMock mock) {
            ENDPOINTS.put(getClass(), mock.endpoint());
            String own = getClass().getSimpleName();
            assertThat(mock.accountId()).isEqualTo("210987654321");
            client.createTrail(r -> r.name(own).s3BucketName("audit-logs"));
            assertThat(trailNames(client)).containsExactlyInAnyOrder("inherited-seed", own);
        }

        @Test
        void startsEveryTestFromTheInheritedSeed(CloudTrailClient client) {
            assertThat(trailNames(client)).containsExactly("inherited-seed");
        }
    }

    static class FirstSubclass extends AuditBase {
    }

    static class SecondSubclass extends AuditBase {
    }
}
