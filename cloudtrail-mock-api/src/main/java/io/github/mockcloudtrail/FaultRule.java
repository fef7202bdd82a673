package io.github.mockcloudtrail;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A planned fault: which operation it hits, for how many calls, optionally only for requests that match a
 * predicate, and what it does.
 *
 * <p>Without {@link Builder#times(int)} a rule hits every matching call. A rule that hits a limited number
 * of calls is used up after them, and the mock answers normally again, which is how "fail twice, then
 * succeed" retry scenarios are written.
 *
 * <pre>{@code
 * FaultRule rule = FaultRule.on(Operation.GET_TRAIL_STATUS).times(2).respond(AwsError.throttling());
 * FaultRule onlyAudit = FaultRule.on(Operation.START_LOGGING)
 *         .when(StartLoggingRequest.class, request -> request.name().equals("audit"))
 *         .connection(ConnectionFault.RESET);
 * }</pre>
 */
public final class FaultRule {
    /** The count of a rule that never runs out. */
    public static final int ALWAYS = -1;

    private final Operation operation;
    private final int times;
    private final Predicate<SdkRequest> matcher;
    private final String condition;
    private final Fault fault;

    private FaultRule(Operation operation, int times, Predicate<SdkRequest> matcher, String condition, Fault fault) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.times = times;
        this.matcher = matcher;
        this.condition = condition;
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /**
     * Starts a rule for an operation.
     *
     * @param operation the operation the rule hits
     * @return a builder whose finishing call returns the rule
     */
    public static Builder<FaultRule> on(Operation operation) {
        return on(operation, Function.identity());
    }

    /**
     * Starts a rule whose finished form goes to {@code sink}; fault plans use this to hand back a
     * {@link PlannedFault}.
     *
     * @param <R> what finishing the rule returns
     * @param operation the operation the rule hits
     * @param sink receives the finished rule
     * @return a builder whose finishing call returns what {@code sink} returns
     */
    public static <R> Builder<R> on(Operation operation, Function<FaultRule, R> sink) {
        return new Builder<>(operation, sink);
    }

    /** {@return the operation the rule hits} */
    public Operation operation() {
        return operation;
    }

    /** {@return how many calls the rule hits, or {@link #ALWAYS}} */
    public int times() {
        return times;
    }

    /** {@return what the rule does to a call} */
    public Fault fault() {
        return fault;
    }

    /**
     * Whether the rule applies to this request of its operation.
     *
     * @throws RuntimeException whatever the rule's predicate throws
     * @param request the decoded SDK request
     * @return whether the rule's predicate accepts it
     */
    public boolean matches(SdkRequest request) {
        return matcher.test(request);
    }

    /** Reads as in a sentence: {@code StartLogging (2 calls, when name is audit): 400 ThrottlingException: ...}. */
    @Override
    public String toString() {
        String count = times == ALWAYS ? "every call" : CallCount.calls(times);
        return operation.wireName() + " (" + count + (condition.isEmpty() ? "" : ", " + condition) + "): " + fault;
    }

    /**
     * Builds a {@link FaultRule}: choose the calls, then finish with what the fault does.
     *
     * <pre>{@code
     * FaultRule.on(Operation.LIST_TRAILS).times(3).delay(Duration.ofMillis(250));
     * }</pre>
     *
     * @param <R> what finishing the rule returns
     */
    public static final class Builder<R> {
        private final Operation operation;
        private final Function<FaultRule, R> sink;
        private int times = ALWAYS;
        private Predicate<SdkRequest> matcher = request -> true;
        private String condition = "";

        private Builder(Operation operation, Function<FaultRule, R> sink) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /**
         * Hits only the next {@code count} matching calls.
         *
         * @param count the number of calls, 1 or more
         * @return this builder
         */
        public Builder<R> times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("A fault needs to hit at least 1 call, not " + count + ".");
            }
            this.times = count;
            return this;
        }

        /**
         * Hits only the next matching call.
         *
         * @return this builder
         */
        public Builder<R> once() {
            return times(1);
        }

        /**
         * Hits every matching call; the default.
         *
         * @return this builder
         */
        public Builder<R> always() {
            this.times = ALWAYS;
            return this;
        }

        /**
         * Hits only requests the predicate accepts; the predicate gets the decoded SDK request.
         *
         * @param predicate accepts the requests to hit
         * @return this builder
         */
        public Builder<R> when(Predicate<SdkRequest> predicate) {
            return when(predicate, "when " + predicate);
        }

        /**
         * Hits only requests the predicate accepts, typed as the operation's SDK request.
         *
         * <pre>{@code
         * .when(StartLoggingRequest.class, request -> request.name().equals("audit"))
         * }</pre>
         *
         * @param <T> the operation's request type
         * @param requestType the operation's request class, such as {@code StartLoggingRequest.class}
         * @param predicate accepts the requests to hit
         * @return this builder
         */
        public <T extends SdkRequest> Builder<R> when(Class<T> requestType, Predicate<? super T> predicate) {
            Objects.requireNonNull(predicate, "predicate");
            return when(request -> requestType.isInstance(request) && predicate.test(requestType.cast(request)),
                    "when the " + requestType.getSimpleName() + " matches");
        }

        /**
         * Like {@link #when(Predicate)}, with a description for messages.
         *
         * @param predicate accepts the requests to hit
         * @param description what the predicate accepts, such as {@code when name is audit}
         * @return this builder
         */
        public Builder<R> when(Predicate<SdkRequest> predicate, String description) {
            this.matcher = Objects.requireNonNull(predicate, "predicate");
            this.condition = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Answers with an AWS error.
         *
         * @param error the error
         * @return the finished rule, as the builder's sink returns it
         */
        public R respond(AwsError error) {
            return fault(Fault.error(error));
        }

        /**
         * Answers normally after a fixed delay.
         *
         * @param delay how long to wait
         * @return the finished rule, as the builder's sink returns it
         */
        public R delay(Duration delay) {
            return fault(Fault.delay(delay));
        }

        /**
         * Answers normally after a delay drawn uniformly from {@code min} to {@code max}.
         *
         * @param min the shortest delay
         * @param max the longest delay
         * @return the finished rule, as the builder's sink returns it
         */
        public R delay(Duration min, Duration max) {
            return fault(Fault.delay(min, max));
        }

        /**
         * Breaks the connection instead of answering.
         *
         * @param fault how the connection breaks
         * @return the finished rule, as the builder's sink returns it
         */
        public R connection(ConnectionFault fault) {
            return fault(Fault.connection(fault));
        }

        /**
         * Finishes the rule with the given fault.
         *
         * @param fault the fault
         * @return the finished rule, as the builder's sink returns it
         */
        public R fault(Fault fault) {
            return sink.apply(new FaultRule(operation, times, matcher, condition, fault));
        }
    }
}
