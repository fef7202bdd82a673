package io.github.mockcloudtrail.benchmark;

/**
 * One figure measured for the mock and for the floor in the same run.
 *
 * <pre>{@code
 * Comparison start = new Comparison(mockStarts, floorStarts);
 * start.ratio(); // mock median / floor median
 * }</pre>
 */
record Comparison(Sample mock, Sample floor) {
    /** The mock's median over the floor's. */
    double ratio() {
        return mock.median() / floor.median();
    }
}
