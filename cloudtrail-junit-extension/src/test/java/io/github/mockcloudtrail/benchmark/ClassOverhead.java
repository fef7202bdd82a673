package io.github.mockcloudtrail.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-test-class cost of each {@link ClassSuite}: every round runs each suite's 20 classes in a fresh JVM
 * ({@link ClassSuiteRun}), rotating which suite goes first. The first class of a JVM pays for loading and
 * initialising everything; classes {@value #STEADY_FROM} to 20 show the steady state, once the JIT has compiled
 * the common paths. A suite's overhead is its time minus the no-extension suite's in the same round.
 *
 * <pre>{@code
 * ClassOverhead.Result result = ClassOverhead.measure(Path.of("target/benchmark/suites"), 5);
 * result.firstOverhead(ClassSuite.MOCK).median();
 * }</pre>
 */
final class ClassOverhead {
    /** The first class counted as steady state (1-based): the classes before it are still warming up. */
    static final int STEADY_FROM = 6;

    private ClassOverhead() {
    }

    static Result measure(Path folder, int rounds) throws Exception {
        ClassSuite.compileAll(folder);
        Map<ClassSuite, List<Double>> first = new EnumMap<>(ClassSuite.class);
        Map<ClassSuite, List<Double>> steady = new EnumMap<>(ClassSuite.class);
        ClassSuite[] suites = ClassSuite.values();
        for (int round = 0; round < rounds; round++) {
            for (int index = 0; index < suites.length; index++) {
                ClassSuite suite = suites[(index + round) % suites.length];
                double[] millis = classMillis(folder, suite);
                first.computeIfAbsent(suite, key -> new ArrayList<>()).add(millis[0]);
                steady.computeIfAbsent(suite, key -> new ArrayList<>())
                        .add(Sample.of(Arrays.stream(millis, STEADY_FROM - 1, millis.length).boxed().toList()).median());
            }
        }
        return new Result(first, steady);
    }

    private static double[] classMillis(Path folder, ClassSuite suite) {
        String printed = Jvm.run(Jvm.command(List.of(), List.of(ClassSuite.classesIn(folder)), ClassSuiteRun.class,
                suite.name()));
        String line = printed.lines().filter(candidate -> candidate.startsWith(ClassSuiteRun.PREFIX + " "))
                .findFirst().orElseThrow(() -> new IllegalStateException(suite + " printed no class times: " + printed));
        return Arrays.stream(line.substring(ClassSuiteRun.PREFIX.length() + 1).split(" "))
                .mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * The class times of each suite, one value per round.
     *
     * @param first the first class's time
     * @param steady the median of the steady-state classes' times
     */
    record Result(Map<ClassSuite, List<Double>> first, Map<ClassSuite, List<Double>> steady) {
        Sample first(ClassSuite suite) {
            return Sample.of(first.get(suite));
        }

        Sample steady(ClassSuite suite) {
            return Sample.of(steady.get(suite));
        }

        /** The first class's time minus the no-extension suite's first class, round by round. */
        Sample firstOverhead(ClassSuite suite) {
            return difference(first, suite);
        }

        /** The steady-state time minus the no-extension suite's, round by round. */
        Sample steadyOverhead(ClassSuite suite) {
            return difference(steady, suite);
        }

        private static Sample difference(Map<ClassSuite, List<Double>> times, ClassSuite suite) {
            List<Double> suiteTimes = times.get(suite);
            List<Double> baseline = times.get(ClassSuite.NO_EXTENSION);
            List<Double> differences = new ArrayList<>();
            for (int round = 0; round < suiteTimes.size(); round++) {
                differences.add(suiteTimes.get(round) - baseline.get(round));
            }
            return Sample.of(differences);
        }
    }
}
