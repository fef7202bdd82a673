package io.github.mockcloudtrail.benchmark;

/**
 * One figure measured for the mock and for the floor in the same run, and, where the two were measured in pairs of
 * back-to-back slices, the ratio of each pair.
 *
 * <pre>{@code
 * Comparison start = new Comparison(mockStarts, floorStarts);
 * start.ratio(); // mock median / floor median
 * Comparison calls = new Comparison(mockSlices, floorSlices, Sample.of(List.of(0.93, 0.97, 0.95)));
 * calls.ratio(); // 0.95, the median of the pairs' ratios
 * }</pre>
 */
record Comparison(Sample mock, Sample floor, Sample pairRatios) {
    Comparison(Sample mock, Sample floor) {
        this(mock, floor, null);
    }

    /**
     * The median of the pairs' ratios where there are pairs, which a drift of the machine's speed over the run moves
     * far less than it moves either server's figures; else the mock's median over the floor's.
     */
    double ratio() {
        return pairRatios != null ? pairRatios.median() : mock.median() / floor.median();
    }
}
