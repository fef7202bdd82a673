package io.github.mockcloudtrail.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures side by side, as a Markdown section for the console, the README and
 * {@code BENCHMARKS.md}: each measure with the no-extension baseline where there is one, the floor, the mock,
 * the ratio of the medians, the target and whether the run met it. Figures are medians with their range.
 *
 * <pre>{@code
 * String section = new Report(run, settings, classes, starts, wrk, sdk, heap).markdown();
 * }</pre>
 */
record Report(RunInfo run, FloorBenchmark.Settings settings, ClassOverhead.Result classes, Comparison starts,
        Map<String, Comparison> wrk, Map<String, Comparison> sdk, Map<String, Double> heap) {
    static final double STEADY_OVERHEAD_LIMIT_MS = 15;
    static final double FIRST_CLASS_RATIO_LIMIT = 1.1;
    static final double WRK_RATIO_TARGET = 0.6;
    static final double SDK_RATIO_TARGET = 0.9;
    static final double START_LIMIT_MS = 500;
    private static final String NONE = "";

    String text() {
        return markdown();
    }

    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("## " + run.date() + ", commit " + run.commit());
        lines.add("");
        lines.add(run.java() + ", " + run.cores() + " cores; load average (1 / 5 / 15 min) " + run.loadAtStart()
                + " at the start, " + run.loadAtEnd() + " at the end. Medians, with the range in brackets.");
        lines.add("");
        lines.add("| measure | no extension | floor | mock | mock / floor | target | met |");
        lines.add("|---|---|---|---|---|---|---|");
        rows().forEach(row -> lines.add(row.markdown()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Heap after GC: %,.0f bytes per trail, %,.0f bytes per recorded event.",
                heap.get("trail"), heap.get("event")));
        lines.add(String.format(Locale.ROOT, "Per class: %d fresh JVMs per suite of %d classes, steady state = classes"
                + " %d-%d. Jar start: %d launches of each jar. Throughput, after %d s of warm-up of each server, in"
                + " pairs of back-to-back slices alternating which server goes first, with ratios that are the median"
                + " of the pairs' ratios: wrk %s, %d pairs of 1 s; SDK, %d pairs of %d ms.",
                settings.rounds(), ClassSuite.CLASSES, ClassOverhead.STEADY_FROM, ClassSuite.CLASSES,
                settings.launches(), settings.warmUpSeconds(), String.join(" ", WrkThroughput.WRK_OPTIONS),
                settings.wrkPairs(), settings.sdkPairs(), settings.sdkSliceMillis()));
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * The header of {@code BENCHMARKS.md}'s history table, one run a row, so that a regression shows as a column
     * that changes; {@link #historyRow()} writes a row.
     */
    static String historyHeader() {
        return String.join(System.lineSeparator(),
                "| date | commit | machine, load average (1 / 5 / 15 min) | first class overhead ms, floor / mock (ratio)"
                        + " | steady overhead ms, floor / mock | jar ready ms, floor / mock | wrk GetTrailStatus req/s,"
                        + " floor / mock (ratio) | wrk ListTrails req/s, floor / mock (ratio) | SDK calls/s 1 thread,"
                        + " floor / mock (ratio) | SDK calls/s 4 threads, floor / mock (ratio) | heap bytes per trail"
                        + " / event | targets missed |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|") + System.lineSeparator();
    }

    /** This run as one row of the history table: medians, with the ratios the targets are set on. */
    String historyRow() {
        Comparison first = new Comparison(classes.firstOverhead(ClassSuite.MOCK),
                classes.firstOverhead(ClassSuite.FLOOR));
        Comparison steady = new Comparison(classes.steadyOverhead(ClassSuite.MOCK),
                classes.steadyOverhead(ClassSuite.FLOOR));
        String machine = run.cores() + " cores, " + run.java() + ", load " + run.loadAtStart() + " at start, "
                + run.loadAtEnd() + " at end";
        List<String> cells = new ArrayList<>(List.of(run.date(), run.commit(), machine, versus(first, 0, true),
                versus(steady, 1, false), versus(starts, 0, false)));
        wrk.values().forEach(comparison -> cells.add(versus(comparison, 0, true)));
        sdk.values().forEach(comparison -> cells.add(versus(comparison, 0, true)));
        cells.add(String.format(Locale.ROOT, "%,.0f / %,.0f", heap.get("trail"), heap.get("event")));
        List<String> missed = rows().stream().filter(row -> Boolean.FALSE.equals(row.met())).map(Row::measure).toList();
        cells.add(missed.isEmpty() ? "none" : String.join("; ", missed));
        return "| " + String.join(" | ", cells) + " |" + System.lineSeparator();
    }

    private static String versus(Comparison comparison, int decimals, boolean withRatio) {
        String number = "%,." + decimals + "f";
        return String.format(Locale.ROOT, number + " / " + number, comparison.floor().median(),
                comparison.mock().median()) + (withRatio ? String.format(Locale.ROOT, " (%.2f)", comparison.ratio()) : "");
    }

    private List<Row> rows() {
        Comparison firstOverhead = new Comparison(classes.firstOverhead(ClassSuite.MOCK),
                classes.firstOverhead(ClassSuite.FLOOR));
        Comparison steadyOverhead = new Comparison(classes.steadyOverhead(ClassSuite.MOCK),
                classes.steadyOverhead(ClassSuite.FLOOR));
        double steadyMock = steadyOverhead.mock().median();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("first test class, ms", classes.first(ClassSuite.NO_EXTENSION).format(1),
                new Comparison(classes.first(ClassSuite.MOCK), classes.first(ClassSuite.FLOOR)), 1, NONE, null));
        rows.add(Row.of("first class overhead (minus no extension), ms", NONE, firstOverhead, 1,
                "<= " + FIRST_CLASS_RATIO_LIMIT + " x floor", firstOverhead.ratio() <= FIRST_CLASS_RATIO_LIMIT));
        rows.add(Row.of("steady-state class (median of classes " + ClassOverhead.STEADY_FROM + "-" + ClassSuite.CLASSES
                + "), ms", classes.steady(ClassSuite.NO_EXTENSION).format(2),
                new Comparison(classes.steady(ClassSuite.MOCK), classes.steady(ClassSuite.FLOOR)), 2, NONE, null));
        rows.add(Row.of("steady-state overhead per class, ms", NONE, steadyOverhead, 2,
                "<= " + (int) STEADY_OVERHEAD_LIMIT_MS + " ms and <= floor",
                steadyMock <= STEADY_OVERHEAD_LIMIT_MS && steadyMock <= steadyOverhead.floor().median()));
        rows.add(Row.of("standalone jar, launch to ready line, ms", NONE, starts, 0,
                "mock < " + (int) START_LIMIT_MS + " ms", starts.mock().median() < START_LIMIT_MS));
        wrk.forEach((operation, comparison) -> rows.add(Row.of("wrk " + operation + ", requests/s", NONE, comparison,
                0, operation.equals("GetTrailStatus") ? ">= " + WRK_RATIO_TARGET + " x floor" : NONE,
                operation.equals("GetTrailStatus") ? comparison.ratio() >= WRK_RATIO_TARGET : null)));
        sdk.forEach((threads, comparison) -> rows.add(Row.of("SDK GetTrailStatus calls/s, Apache client, " + threads
                + (threads.equals("1") ? " thread" : " threads"), NONE, comparison, 0,
                ">= " + SDK_RATIO_TARGET + " x floor", comparison.ratio() >= SDK_RATIO_TARGET)));
        return rows;
    }

    /** One line of the table; {@code met} is null for a measure without a target. */
    private record Row(String measure, String noExtension, String floor, String mock, double ratio, String target,
            Boolean met) {
        static Row of(String measure, String noExtension, Comparison comparison, int decimals, String target,
                Boolean met) {
            return new Row(measure, noExtension, comparison.floor().format(decimals), comparison.mock().format(decimals),
                    comparison.ratio(), target, met);
        }

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s | %s |", measure, noExtension, floor, mock,
                    ratio, target, met == null ? NONE : met ? "yes" : "**no**");
        }
    }
}
