package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;

/**
 * Strict mode fails a test, after it ran, that called an operation the mock does not support or that planned
 * a fault which did not fire as often as planned; without strict mode the same tests pass.
 */
class StrictModeTest {

    @Test
    void strictModeFailsTestsThatCallUnsupportedOperationsOrLeaveFaultsUnfired() {
        EngineExecutionResults results = Scenarios.run(Strict.class);

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(2).failed(3));
        assertThat(Scenarios.testFailure(results, "callsAnOperationTheMockDoesNotSupport"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Strict mock-cloudtrail failed callsAnOperationTheMockDoesNotSupport("
                        + "CloudTrailClient):\n  - it called ListEventDataStores, which mock-cloudtrail does not"
                        + " support: #1 ListEventDataStores -> 400 UnknownOperationException");
        assertThat(Scenarios.testFailure(results, "plansAFaultItNeverMeets"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Strict mock-cloudtrail failed plansAFaultItNeverMeets():\n  - a planned fault did not"
                        + " fire as often as planned: GetTrail (1 call): 400 ThrottlingException: Injected by"
                        + " @InjectFault(operation = GET_TRAIL) on " + Checked.class.getName()
                        + ".plansAFaultItNeverMeets(). [fired 0 of 1]");
        assertThat(Scenarios.testFailure(results, "meetsAFaultOnceOfTwice"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Strict mock-cloudtrail failed meetsAFaultOnceOfTwice(CloudTrailClient, CloudTrailMock):\n"
                        + "  - a planned fault did not fire as often as planned: ListTrails (2 calls): 400"
                        + " ThrottlingException: Rate exceeded [fired 1 of 2]");
    }

    @Test
    void withoutStrictModeTheSameTestsPass() {
        Scenarios.assertAllSucceeded(Scenarios.run(Lenient.class), 5);
    }

    abstract static class Checked {
        @Test
        void callsAnOperationTheMockDoesNotSupport(CloudTrailClient client) {
            assertThat(catchThrowableOfType(CloudTrailException.class, () -> client.listEventDataStores(r -> { })))
                    .isExactlyInstanceOf(CloudTrailException.class)
                    .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException"));
        }

        @Test
        @InjectFault(operation = Operation.GET_TRAIL, errorCode = "ThrottlingException")
        void plansAFaultItNeverMeets() {
        }

        @Test
        void meetsAFaultOnceOfTwice(CloudTrailClient client, CloudTrailMock mock) {
            mock.faults().on(Operation.LIST_TRAILS).times(2).respond(AwsError.throttling());
            catchThrowableOfType(CloudTrailException.class, () -> client.listTrails(r -> { }));
        }

        @Test
        void meetsItsFaultAsPlanned(CloudTrailClient client, CloudTrailMock mock) {
            mock.faults().on(Operation.LIST_TRAILS).once().respond(AwsError.throttling());
            catchThrowableOfType(CloudTrailException.class, () -> client.listTrails(r -> { }));
        }

        /** The builder's class-wide fault is background: no test is expected to meet it. */
        @Test
        void neverMeetsTheClassWideFault(CloudTrailClient client) {
            client.listTrails(r -> { });
        }
    }

    @Scenario
    static class Strict extends Checked {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .strict(true)
                .fault(FaultRule.on(Operation.DELETE_TRAIL).respond(AwsError.internalFailure()))
                .build();
    }

    @Scenario
    static class Lenient extends Checked {
        @RegisterExtension
        static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
                .fault(FaultRule.on(Operation.DELETE_TRAIL).respond(AwsError.internalFailure()))
                .build();
    }
}
