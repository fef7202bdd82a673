package io.github.mockcloudtrail;

/**
 * How many calls a verification expects: exactly, at least, at most or between.
 *
 * <pre>{@code
 * import static io.github.mockcloudtrail.CallCount.times;
 *
 * mock.verify(Operation.START_LOGGING, times(1));
 * mock.verify(Operation.DELETE_TRAIL, CallCount.never());
 * mock.verify(Operation.DESCRIBE_TRAILS, CallCount.atLeast(2));
 * }</pre>
 */
public final class CallCount {
    private final int min;
    private final int max;

    private CallCount(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("A call count needs 0 <= min <= max, not " + min + ".." + max + ".");
        }
        this.min = min;
        this.max = max;
    }

    /**
     * Exactly {@code count} calls.
     *
     * @param count the number of calls, 0 or more
     * @return the expectation
     */
    public static CallCount times(int count) {
        return new CallCount(count, count);
    }

    /**
     * Exactly {@code count} calls; the same as {@link #times(int)}.
     *
     * @param count the number of calls, 0 or more
     * @return the expectation
     */
    public static CallCount exactly(int count) {
        return times(count);
    }

    /** {@return an expectation of exactly one call} */
    public static CallCount once() {
        return times(1);
    }

    /** {@return an expectation of no call at all} */
    public static CallCount never() {
        return times(0);
    }

    /**
     * At least {@code count} calls, with no upper bound.
     *
     * @param count the least number of calls
     * @return the expectation
     */
    public static CallCount atLeast(int count) {
        return new CallCount(count, Integer.MAX_VALUE);
    }

    /**
     * At most {@code count} calls, none included.
     *
     * @param count the most calls allowed
     * @return the expectation
     */
    public static CallCount atMost(int count) {
        return new CallCount(0, count);
    }

    /**
     * From {@code min} to {@code max} calls, both included.
     *
     * @param min the least number of calls
     * @param max the most calls allowed
     * @return the expectation
     */
    public static CallCount between(int min, int max) {
        return new CallCount(min, max);
    }

    /**
     * Whether {@code count} calls satisfy this expectation.
     *
     * @param count the number of calls seen
     * @return whether it is within the bounds
     */
    public boolean matches(int count) {
        return count >= min && count <= max;
    }

    /**
     * Whether the expectation has an upper bound, so that a journal that dropped calls cannot prove it.
     *
     * @return whether there is an upper bound
     */
    public boolean isBounded() {
        return max != Integer.MAX_VALUE;
    }

    /** Reads as in a sentence: "exactly 1 call", "at least 2 calls", "between 1 and 3 calls". */
    @Override
    public String toString() {
        if (min == max) {
            return "exactly " + calls(min);
        }
        if (!isBounded()) {
            return "at least " + calls(min);
        }
        return min == 0 ? "at most " + calls(max) : "between " + min + " and " + calls(max);
    }

    /**
     * "1 call", "2 calls".
     *
     * @param count a number of calls
     * @return the count with "call" or "calls"
     */
    public static String calls(int count) {
        return count + (count == 1 ? " call" : " calls");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallCount that && min == that.min && max == that.max;
    }

    @Override
    public int hashCode() {
        return 31 * min + max;
    }
}
