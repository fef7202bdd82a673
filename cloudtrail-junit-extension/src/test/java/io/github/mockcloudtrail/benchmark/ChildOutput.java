package io.github.mockcloudtrail.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures a measuring child JVM printed, one per line after a prefix naming the measurement.
 *
 * <pre>{@code
 * ChildOutput.values("heap trail 2100\nheap event 1300\n", "heap");            // {trail=2100.0, event=1300.0}
 * ChildOutput.comparisons("sdk mock 1 900 950\nsdk floor 1 1000 990\n", "sdk"); // {1=Comparison[...]}
 * ChildOutput.comparisons("sdk mock 1 900 950\nsdk floor 1 1000 990\nsdk pairs 1 0.9 0.96\n", "sdk");
 * }</pre>
 */
final class ChildOutput {
    private ChildOutput() {
    }

    /** {@code PREFIX NAME VALUE} lines, as NAME to VALUE. */
    static Map<String, Double> values(String printed, String prefix) {
        Map<String, Double> values = new LinkedHashMap<>();
        lines(printed, prefix).forEach(fields -> values.put(fields[1], Double.parseDouble(fields[2])));
        return values;
    }

    /**
     * {@code PREFIX mock|floor KEY VALUES...} lines, as KEY to the comparison of the two servers' values; a
     * {@code PREFIX pairs KEY RATIOS...} line gives the ratios of values measured in pairs.
     */
    static Map<String, Comparison> comparisons(String printed, String prefix) {
        Map<String, Map<String, List<Double>>> byKey = new LinkedHashMap<>();
        lines(printed, prefix).forEach(fields -> byKey.computeIfAbsent(fields[2], key -> new HashMap<>())
                .put(fields[1], Arrays.stream(fields, 3, fields.length).map(Double::valueOf).toList()));
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        byKey.forEach((key, servers) -> comparisons.put(key, new Comparison(Sample.of(servers.get("mock")),
                Sample.of(servers.get("floor")),
                servers.containsKey("pairs") ? Sample.of(servers.get("pairs")) : null)));
        return comparisons;
    }

    private static List<String[]> lines(String printed, String prefix) {
        List<String[]> lines = new ArrayList<>();
        printed.lines().filter(line -> line.startsWith(prefix + " ")).forEach(line -> lines.add(line.split(" ")));
        if (lines.isEmpty()) {
            throw new IllegalStateException("No '" + prefix + "' figures in: " + printed);
        }
        return lines;
    }
}
