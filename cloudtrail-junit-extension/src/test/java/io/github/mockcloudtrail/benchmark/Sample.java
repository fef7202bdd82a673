package io.github.mockcloudtrail.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Repeated measurements of one figure: the benchmark reports their median, and their range as the spread,
 * because the machine it runs on is shared and noisy.
 *
 * <pre>{@code
 * Sample starts = Sample.of(List.of(512.0, 498.0, 530.0));
 * starts.median(); // 512.0
 * }</pre>
 */
record Sample(List<Double> values) {
    Sample {
        values = values.stream().sorted().toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A sample needs at least one value");
        }
    }

    static Sample of(Collection<Double> values) {
        return new Sample(new ArrayList<>(values));
    }

    double median() {
        int size = values.size();
        return size % 2 == 1 ? values.get(size / 2) : (values.get(size / 2 - 1) + values.get(size / 2)) / 2;
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    /** Every value minus another sample's median: the cost above a baseline. */
    Sample minus(double baseline) {
        return new Sample(values.stream().map(value -> value - baseline).toList());
    }

    /** {@code 12.3 (10.1-15.0)} with the given number of decimals. */
    String format(int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number + " (" + number + "-" + number + ")", median(), min(), max());
    }
}
