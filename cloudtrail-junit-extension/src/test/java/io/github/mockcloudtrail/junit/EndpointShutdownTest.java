package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mockcloudtrail.CloudTrailMock;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** The endpoint and its client close with the class that owns them, once, and leave nothing running. */
class EndpointShutdownTest {
    static volatile URI endpointSeenByTheClass;
    static volatile CloudTrailClient clientSeenByTheClass;

    @Test
    void closesTheServerAndTheInjectedClientAfterTheClassAndLeavesNoThreads() {
        Set<Thread> before = nonDaemonThreads();

        Scenarios.assertAllSucceeded(Scenarios.run(UsesTheEndpoint.class), 1);

        TestClients.assertRefusesConnections(endpointSeenByTheClass);
        assertThat(catchThrowable(() -> clientSeenByTheClass.describeTrails()))
                .as("the injected client after its class")
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining(endpointSeenByTheClass.toString())
                .hasMessageEndingWith(" is closed: the test that owned it has finished.");
        assertThat(nonDaemonThreads()).as("non-daemon threads left behind").isSubsetOf(before);
    }

    @Test
    void closeStopsClientAndServerAndIsSafeToRepeat() {
        MockScope scope = TestScopes.start();
        CloudTrailClient client = scope.client(Region.US_EAST_1, "123456789012");
        assertThat(client.describeTrails().trailList()).isEmpty();

        scope.close();
        scope.close();

        TestClients.assertRefusesConnections(scope.endpoint().uri());
        assertThat(catchThrowable(() -> client.describeTrails()))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Connection pool shut down");
        assertThatIllegalStateException().isThrownBy(() -> scope.client(Region.EU_WEST_1, "123456789012"))
                .withMessage(scope.endpoint() + " is closed: the test that owned it has finished.");
    }

    @Test
    void closeWithoutAnInjectedClientStopsTheServer() {
        MockScope scope = TestScopes.start();

        scope.close();

        TestClients.assertRefusesConnections(scope.endpoint().uri());
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.isDaemon() && thread.isAlive())
                .collect(Collectors.toSet());
    }

    @Scenario
    @MockCloudTrail
    static class UsesTheEndpoint {
        @Test
        void callsTheEndpoint(CloudTrailClient client, CloudTrailMock mock) {
            endpointSeenByTheClass = mock.endpoint();
            clientSeenByTheClass = client;
            assertThat(client.describeTrails().trailList()).isEmpty();
        }
    }
}
