package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Runs {@link Scenario} classes under JUnit's {@code EngineTestKit}, the way a build would run them,
 * so a test can check how the extension behaved across a whole class lifecycle.
 */
final class Scenarios {
    private Scenarios() {
    }

    static EngineExecutionResults run(Class<?>... scenarios) {
        return kit(scenarios).execute();
    }

    /**
     * Runs with JUnit's parallel execution on: classes concurrently with each other, the methods of a
     * class one after another unless {@code @Execution(CONCURRENT)} says otherwise.
     */
    static EngineExecutionResults runInParallel(Class<?>... scenarios) {
        return kit(scenarios)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .execute();
    }

    /**
     * Runs with JUnit's parallel execution on and every test method concurrent with the others, on a fixed
     * number of threads: the configuration a user sets in {@code junit-platform.properties}.
     */
    static EngineExecutionResults runConcurrently(int threads, Class<?>... scenarios) {
        return kit(scenarios)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                        String.valueOf(threads))
                .execute();
    }

    private static EngineTestKit.Builder kit(Class<?>... scenarios) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(scenarios).map(DiscoverySelectors::selectClass).toArray(ClassSelector[]::new))
                .configurationParameter(Scenario.ENABLED, "true");
    }

    /** Asserts that nothing failed and that exactly this many tests ran. */
    static void assertAllSucceeded(EngineExecutionResults results, int tests) {
        assertThat(failures(results)).as("failures").isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests).skipped(0));
    }

    /** What made tests or containers fail, in the order they failed. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(Scenarios::throwable)
                .toList();
    }

    /** The failures of tests (not containers), by display name of the test method. */
    static Throwable testFailure(EngineExecutionResults results, String methodName) {
        return results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().startsWith(methodName + "("))
                .map(Scenarios::throwable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failed test named " + methodName));
    }

    /**
     * Runs a scenario class and asserts that it failed before any test ran, with a configuration error whose
     * message starts as given.
     */
    static void assertFailsToStart(Class<?> scenario, String message) {
        assertThat(failureBeforeAnyTest(scenario))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith(message);
    }

    /** The one container (class) that failed. */
    static Throwable containerFailure(EngineExecutionResults results) {
        List<Event> failed = results.containerEvents().failed().list();
        assertThat(failed).as("failed containers").hasSize(1);
        return throwable(failed.get(0));
    }

    /** Runs a scenario that must fail before any of its tests starts, and returns why it failed. */
    static Throwable failureBeforeAnyTest(Class<?> scenario) {
        EngineExecutionResults results = run(scenario);
        results.testEvents().assertStatistics(stats -> stats.started(0));
        return containerFailure(results);
    }

    private static Throwable throwable(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    /** The AWS error a call raises, failing if it raises none or another kind of exception. */
    static AwsServiceException serviceError(ThrowingCallable call) {
        return catchThrowableOfType(AwsServiceException.class, call);
    }

    /** The IllegalStateException a call raises, failing if it raises none. */
    static IllegalStateException catchIllegalState(ThrowingCallable call) {
        return catchThrowableOfType(IllegalStateException.class, call);
    }

    /** The LookupEvents attribute that selects events by name. */
    static LookupAttribute eventName(String name) {
        return LookupAttribute.builder().attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue(name).build();
    }

    /** The names of the trails the client sees, in the order DescribeTrails lists them. */
    static List<String> trailNames(CloudTrailClient client) {
        return client.describeTrails().trailList().stream().map(Trail::name).toList();
    }
}
