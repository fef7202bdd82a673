package io.github.mockcloudtrail;

import java.time.Duration;
import java.util.Objects;

/**
 * What an injected fault does to a call: answer with an AWS error, answer late, or break the connection.
 *
 * <pre>{@code
 * Fault.error(AwsError.throttling());
 * Fault.delay(Duration.ofMillis(200));                              // then the normal answer
 * Fault.delay(Duration.ofMillis(100), Duration.ofMillis(500));      // a random delay in that range
 * Fault.connection(ConnectionFault.RESET);
 * }</pre>
 */
public sealed interface Fault {

    /**
     * Answers with an AWS error instead of calling the mock.
     *
     * @param error the error
     * @return the fault
     */
    static Fault error(AwsError error) {
        return new Error(error);
    }

    /**
     * A fixed delay, then the normal answer.
     *
     * @param delay how long to wait
     * @return the fault
     */
    static Fault delay(Duration delay) {
        return new Delay(delay, delay);
    }

    /**
     * A delay drawn uniformly from {@code min} to {@code max}, then the normal answer.
     *
     * @param min the shortest delay
     * @param max the longest delay
     * @return the fault
     */
    static Fault delay(Duration min, Duration max) {
        return new Delay(min, max);
    }

    /**
     * Breaks the connection instead of answering.
     *
     * @param fault how
     * @return the fault
     */
    static Fault connection(ConnectionFault fault) {
        return new Connection(fault);
    }

    /**
     * Answers with an AWS error instead of calling the mock.
     *
     * <pre>{@code
     * new Fault.Error(AwsError.throttling());
     * }</pre>
     *
     * @param error the error
     */
    record Error(AwsError error) implements Fault {
        /**
         * Checks that the error is given.
         *
         * @param error the error
         */
        public Error {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String toString() {
            return error.toString();
        }
    }

    /**
     * Answers normally, but only after a delay; the server's threads are not blocked meanwhile.
     *
     * <pre>{@code
     * new Fault.Delay(Duration.ofMillis(100), Duration.ofMillis(300));
     * }</pre>
     *
     * @param min the shortest delay
     * @param max the longest delay; equal to {@code min} for a fixed delay
     */
    record Delay(Duration min, Duration max) implements Fault {
        /**
         * Checks that {@code 0 <= min <= max}.
         *
         * @param min the shortest delay
         * @param max the longest delay
         */
        public Delay {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("A delay needs 0 <= min <= max, not " + min + ".." + max + ".");
            }
        }

        @Override
        public String toString() {
            return min.equals(max) ? "delay " + min.toMillis() + " ms"
                    : "delay " + min.toMillis() + ".." + max.toMillis() + " ms";
        }
    }

    /**
     * Breaks the connection instead of answering.
     *
     * <pre>{@code
     * new Fault.Connection(ConnectionFault.EMPTY_RESPONSE);
     * }</pre>
     *
     * @param fault how
     */
    record Connection(ConnectionFault fault) implements Fault {
        /**
         * Checks that the fault is given.
         *
         * @param fault how
         */
        public Connection {
            Objects.requireNonNull(fault, "fault");
        }

        @Override
        public String toString() {
            return "connection " + fault;
        }
    }
}
