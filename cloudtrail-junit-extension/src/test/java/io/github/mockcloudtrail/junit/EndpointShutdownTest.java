package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.EngineOptions;
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
                .hasMessage("Connection pool shut down");
        assertThat(nonDaemonThreads()).as("non-daemon threads left behind").isSubsetOf(before);
    }

    @Test
    void closeStopsClientAndServerAndIsSafeToRepeat() {
        MockEndpoint endpoint = MockEndpoint.start(new MockSettings(Region.US_EAST_1, "123456789012",
                EngineOptions.defaults()));
        CloudTrailClient client = endpoint.client();
        assertThat(client.describeTrails().trailList()).isEmpty();

        endpoint.close();
        endpoint.close();

        TestClients.assertRefusesConnections(endpoint.endpoint());
        assertThat(catchThrowable(() -> client.describeTrails()))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Connection pool shut down");
        assertThatIllegalStateException().isThrownBy(endpoint::client)
                .withMessage(endpoint + " is closed: the test class that owned it has finished.");
    }

    @Test
    void closeWithoutAnInjectedClientStopsTheServer() {
        MockEndpoint endpoint = MockEndpoint.start(new MockSettings(Region.US_EAST_1, "123456789012",
                EngineOptions.defaults()));

        endpoint.close();

        TestClients.assertRefusesConnections(endpoint.endpoint());
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
