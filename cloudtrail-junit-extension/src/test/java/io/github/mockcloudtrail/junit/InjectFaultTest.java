package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.ThrottlingException;

/**
 * {@link InjectFault}: the annotation form of the handle's fault plan, for one test only; a contradictory
 * annotation fails that test naming it.
 */
class InjectFaultTest {

    @Test
    void annotatedFaultsHitTheirTestOnly() {
        Scenarios.assertAllSucceeded(Scenarios.run(Annotated.class), 5);
    }

    @Test
    void aContradictoryAnnotationFailsItsTestNamingIt() {
        EngineExecutionResults results = Scenarios.run(Contradictory.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
        String where = "@InjectFault(operation = GET_TRAIL) on " + Contradictory.class.getName();
        assertThat(Scenarios.testFailure(results, "nothingToDo"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(where + ".nothingToDo() is invalid: set exactly one of errorCode, delayMillis or"
                        + " connection (one value).");
        assertThat(Scenarios.testFailure(results, "twoThingsToDo"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(where + ".twoThingsToDo() is invalid: set exactly one of errorCode, delayMillis or"
                        + " connection (one value).");
        assertThat(Scenarios.testFailure(results, "noCalls"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(where + ".noCalls() is invalid: A fault needs to hit at least 1 call, not 0.");
    }

    /** Accepts StartLogging requests for the trail named "audit". */
    public static final class ForTheAuditTrail implements Predicate<SdkRequest> {
        @Override
        public boolean test(SdkRequest request) {
            return ((StartLoggingRequest) request).name().equals("audit");
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "audit")
    @SeedTrail(name = "other")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Annotated {
        @Test
        @Order(1)
        @InjectFault(operation = Operation.DESCRIBE_TRAILS, errorCode = "ThrottlingException", times = 2)
        @InjectFault(operation = Operation.GET_TRAIL, errorCode = "InternalFailure", status = 500,
                message = "Boom.", always = true)
        void errors(CloudTrailClient client) {
            for (int i = 0; i < 2; i++) {
                assertRejected(client::describeTrails, ThrottlingException.class, "ThrottlingException")
                        .isEqualTo("Injected by @InjectFault(operation = DESCRIBE_TRAILS) on " + Annotated.class.getName()
                                + ".errors().");
            }
            assertThat(client.describeTrails().trailList()).hasSize(2);
            for (int i = 0; i < 3; i++) {
                assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class,
                        "InternalFailure", 500).isEqualTo("Boom.");
            }
        }

        @Test
        @Order(2)
        void theNextTestMeetsNoneOfThem(CloudTrailClient client) {
            assertThat(client.describeTrails().trailList()).hasSize(2);
            assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
        }

        @Test
        @Order(3)
        @InjectFault(operation = Operation.START_LOGGING, errorCode = "ThrottlingException", always = true,
                when = ForTheAuditTrail.class)
        void conditional(CloudTrailClient client) {
            client.startLogging(r -> r.name("other"));
            assertRejected(() -> client.startLogging(r -> r.name("audit")), ThrottlingException.class,
                    "ThrottlingException");
        }

        @Test
        @Order(4)
        @InjectFault(operation = Operation.GET_TRAIL, delayMillis = 100)
        @InjectFault(operation = Operation.GET_TRAIL, delayMillis = 100, maxDelayMillis = 200)
        void delays(CloudTrailClient client, CloudTrailMock mock) {
            client.getTrail(r -> r.name("audit"));
            client.getTrail(r -> r.name("audit"));

            assertThat(mock.calls().all()).extracting(RecordedCall::injectedFault).containsExactly(
                    Fault.delay(Duration.ofMillis(100)), Fault.delay(Duration.ofMillis(100), Duration.ofMillis(200)));
        }

        @Test
        @Order(5)
        @InjectFault(operation = Operation.GET_TRAIL, connection = ConnectionFault.RESET)
        void connections(CloudTrailClient client) {
            assertThat(catchThrowableOfType(SdkClientException.class, () -> client.getTrail(r -> r.name("audit"))))
                    .hasRootCauseMessage("Connection reset");
            assertThat(client.getTrail(r -> r.name("audit")).trail().name()).isEqualTo("audit");
        }
    }

    @Scenario
    @MockCloudTrail
    static class Contradictory {
        @Test
        @InjectFault(operation = Operation.GET_TRAIL)
        void nothingToDo() {
        }

        @Test
        @InjectFault(operation = Operation.GET_TRAIL, errorCode = "ThrottlingException", delayMillis = 10)
        void twoThingsToDo() {
        }

        @Test
        @InjectFault(operation = Operation.GET_TRAIL, errorCode = "ThrottlingException", times = 0)
        void noCalls() {
        }
    }
}
