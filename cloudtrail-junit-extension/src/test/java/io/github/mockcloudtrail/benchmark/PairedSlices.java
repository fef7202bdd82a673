package io.github.mockcloudtrail.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the mock and the floor in pairs of back-to-back slices, in the order mock-floor, floor-mock, mock-floor
 * and so on. This machine's speed drifts by a third within a minute, which moves each server's figures far more
 * than the gap between them, but moves the two slices of one pair alike; alternating which goes first cancels what a
 * steady drift gives the second. The comparison's ratio is then the median of the pairs' ratios.
 *
 * <pre>{@code
 * Comparison calls = PairedSlices.measure(40, () -> callsPerSecond(mockClient), () -> callsPerSecond(floorClient));
 * calls.ratio(); // the median of the 40 pairs' mock / floor
 * }</pre>
 */
final class PairedSlices {
    /** One slice's figure, such as the requests per second of a one-second run. */
    @FunctionalInterface
    interface Slice {
        double measure() throws Exception;
    }

    private PairedSlices() {
    }

    static Comparison measure(int pairs, Slice mock, Slice floor) throws Exception {
        List<Double> mockSlices = new ArrayList<>();
        List<Double> floorSlices = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            double mockFigure;
            double floorFigure;
            if (pair % 2 == 0) {
                mockFigure = mock.measure();
                floorFigure = floor.measure();
            } else {
                floorFigure = floor.measure();
                mockFigure = mock.measure();
            }
            mockSlices.add(mockFigure);
            floorSlices.add(floorFigure);
            ratios.add(mockFigure / floorFigure);
        }
        return new Comparison(Sample.of(mockSlices), Sample.of(floorSlices), Sample.of(ratios));
    }
}
