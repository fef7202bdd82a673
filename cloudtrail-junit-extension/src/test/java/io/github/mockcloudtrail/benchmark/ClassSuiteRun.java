package io.github.mockcloudtrail.benchmark;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one {@link ClassSuite} in this JVM through the JUnit Platform Launcher, as a build tool would, and prints
 * how long each test class took, from JUnit starting the class to finishing it (its extensions' callbacks,
 * {@code @BeforeAll}, its test, {@code @AfterAll} and the closing of what its Store holds), in the order the
 * classes ran: {@code class-ms 812.4 21.3 ...}. Exits with status 1 if a test did not pass, so a broken suite
 * never passes for a fast one.
 *
 * <pre>{@code
 * java -cp <test class path>:<compiled suites> io.github.mockcloudtrail.benchmark.ClassSuiteRun MOCK
 * }</pre>
 */
public final class ClassSuiteRun {
    /** The prefix of the line of class times. */
    static final String PREFIX = "class-ms";

    private ClassSuiteRun() {
    }

    public static void main(String[] args) {
        ClassSuite suite = ClassSuite.valueOf(args[0]);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        suite.classNames().forEach(name -> request.selectors(selectClass(name)));
        ClassTimer timer = new ClassTimer();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest discovery = request.build();
        launcher.execute(discovery, timer);
        if (!timer.failures.isEmpty() || timer.passedTests != ClassSuite.CLASSES) {
            System.err.println(suite + ": " + timer.passedTests + " tests passed; failures: " + timer.failures);
            System.exit(1);
        }
        System.out.println(PREFIX + " " + timer.millis.values().stream().map(ms -> String.format(Locale.ROOT, "%.2f", ms))
                .collect(Collectors.joining(" ")));
    }

    /** Times each test class, and counts the tests that passed. */
    private static final class ClassTimer implements TestExecutionListener {
        private final Map<String, Long> started = new LinkedHashMap<>();
        private final Map<String, Double> millis = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();
        private int passedTests;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (isClass(identifier)) {
                started.put(identifier.getUniqueId(), System.nanoTime());
            }
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            long now = System.nanoTime();
            if (isClass(identifier)) {
                millis.put(identifier.getUniqueId(), (now - started.get(identifier.getUniqueId())) / 1e6);
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failures.add(identifier.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString)
                        .orElse(result.getStatus().toString()));
            } else if (identifier.isTest()) {
                passedTests++;
            }
        }

        private static boolean isClass(TestIdentifier identifier) {
            return identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
        }
    }
}
