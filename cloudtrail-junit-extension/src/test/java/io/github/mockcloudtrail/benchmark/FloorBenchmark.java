package io.github.mockcloudtrail.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the mock with the physical floor, in one run on one machine, and prints the figures side by side with
 * their ratios and the project's targets: per-test-class overhead ({@link ClassOverhead}), the standalone jar's
 * start time ({@link ColdStart}), server throughput with wrk ({@link WrkThroughput}), SDK calls per second
 * ({@link SdkThroughput}) and heap per trail and per event ({@link HeapFootprint}). Not part of the build: run it
 * with {@code mvn -B -Pfloor-benchmark -pl cloudtrail-junit-extension -am -DskipTests package} (see the README).
 *
 * <p>It writes the report as Markdown to {@code target/benchmark/report.md} too, and, when run with
 * {@code -Dbenchmark.record=true}, appends the run as a row to the history table that ends {@code BENCHMARKS.md}.
 *
 * <pre>{@code
 * java -Dbenchmark.rounds=5 -cp <test class path> io.github.mockcloudtrail.benchmark.FloorBenchmark \
 *      target/cloudtrail-mock-server.jar target/benchmark ../BENCHMARKS.md
 * }</pre>
 */
public final class FloorBenchmark {
    private FloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path serverJar = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        Path history = Path.of(args[2]);
        Settings settings = Settings.fromSystemProperties();
        WrkThroughput.requireWrk();
        RunInfo run = RunInfo.start(history.toAbsolutePath().getParent());
        System.out.println(run.heading() + " - measuring, which takes about " + settings.estimatedMinutes()
                + " minutes");

        Path floorJar = FloorJar.from(serverJar, folder);
        Comparison starts = ColdStart.measure(serverJar, floorJar, settings.launches());
        progress("jar start", starts);
        ClassOverhead.Result classes = ClassOverhead.measure(folder.resolve("suites"), settings.rounds());
        progress("per-class", new Comparison(classes.steadyOverhead(ClassSuite.MOCK),
                classes.steadyOverhead(ClassSuite.FLOOR)));
        Map<String, Double> heap = ChildOutput.values(Jvm.run(Jvm.command(List.of("-Xmx1g"), List.of(),
                HeapFootprint.class, String.valueOf(settings.trails()), String.valueOf(settings.events()))),
                HeapFootprint.PREFIX);
        Map<String, Comparison> sdk = ChildOutput.comparisons(Jvm.run(Jvm.command(List.of(), List.of(),
                SdkThroughput.class, String.valueOf(settings.warmUpSeconds()),
                String.valueOf(settings.sdkSliceMillis() / 1000.0), String.valueOf(settings.sdkPairs()))),
                SdkThroughput.PREFIX);
        Map<String, Comparison> wrk = WrkThroughput.measure(serverJar, floorJar, settings.warmUpSeconds(),
                settings.wrkPairs());

        Report report = new Report(run.finish(), settings, classes, starts, wrk, sdk, heap);
        System.out.println();
        System.out.println(report.text());
        Files.writeString(folder.resolve("report.md"), report.markdown(), StandardCharsets.UTF_8);
        if (settings.record()) {
            if (!Files.exists(history)) {
                Files.writeString(history, "# Benchmark history" + System.lineSeparator() + System.lineSeparator()
                        + Report.historyHeader(), StandardCharsets.UTF_8);
            }
            Files.writeString(history, report.historyRow(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            System.out.println("Appended this run to the table at the end of " + history);
        }
    }

    private static void progress(String what, Comparison comparison) {
        System.out.printf(Locale.ROOT, "  %s: mock %.1f, floor %.1f%n", what, comparison.mock().median(),
                comparison.floor().median());
    }

    /**
     * How much to measure, from system properties with these defaults: {@code benchmark.launches} (10 starts of
     * each jar), {@code benchmark.rounds} (5 JVMs per class suite), {@code benchmark.warmUpSeconds} (10 s of
     * throughput warm-up per server and measure), {@code benchmark.wrkPairs} (15 pairs of one-second wrk runs),
     * {@code benchmark.sdkPairs} (40 pairs of SDK slices),
     * {@code benchmark.sdkSliceMillis} (500 ms per SDK slice), {@code benchmark.trails} (5,000),
     * {@code benchmark.events} (50,000), {@code benchmark.record} (false).
     */
    record Settings(int launches, int rounds, int warmUpSeconds, int wrkPairs, int sdkPairs, int sdkSliceMillis,
            int trails, int events, boolean record) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("benchmark.launches", 10), Integer.getInteger("benchmark.rounds", 5),
                    Integer.getInteger("benchmark.warmUpSeconds", 10), Integer.getInteger("benchmark.wrkPairs", 15),
                    Integer.getInteger("benchmark.sdkPairs", 40),
                    Integer.getInteger("benchmark.sdkSliceMillis", 500), Integer.getInteger("benchmark.trails", 5_000),
                    Integer.getInteger("benchmark.events", 50_000), Boolean.getBoolean("benchmark.record"));
        }

        /** Roughly: jar starts, class-suite JVMs, the wrk rounds and the SDK pairs, with their warm-ups. */
        long estimatedMinutes() {
            double seconds = launches * 2 * 0.8 + rounds * 3 * 4.0
                    + 2 * 2 * (warmUpSeconds + wrkPairs)
                    + 2 * 2 * (warmUpSeconds + sdkPairs * sdkSliceMillis / 1000.0) + 10;
            return Math.round(Math.ceil(seconds / 60));
        }
    }
}
