package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.FaultPlan;
import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.PlannedFault;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A session's fault plan: rules in the order they were added; for each call the first active rule of the
 * call's operation that matches the request fires and counts down. Thread-safe.
 *
 * <p>Each rule remembers who planned it: the session itself by default, whoever {@link #startPlanning}
 * named, or nobody in particular for rules inherited from a parent session or added as background. Strict
 * mode asks for the rules a planner left unfired, and a test sharing its session removes its own rules
 * when it ends.
 *
 * <pre>{@code
 * schedule.on(Operation.START_LOGGING).times(2).respond(AwsError.throttling());
 * Optional<Fault> fault = schedule.take(Operation.START_LOGGING, request);
 * }</pre>
 */
public final class FaultSchedule implements FaultPlan {
    /** The planner of inherited and background rules, which strict mode never expects to fire. */
    private static final Object BACKGROUND = new Object();

    private final List<Entry> entries = new ArrayList<>();
    private Object planner = this;

    @Override
    public FaultRule.Builder<PlannedFault> on(Operation operation) {
        return FaultRule.on(operation, this::add);
    }

    @Override
    public synchronized PlannedFault add(FaultRule rule) {
        return add(rule, planner);
    }

    /**
     * Adds a rule that every call may meet but nobody expects to fire, such as a class-wide rule.
     *
     * @param rule the rule
     * @return the rule as planned
     */
    public synchronized PlannedFault addBackground(FaultRule rule) {
        return add(rule, BACKGROUND);
    }

    private synchronized PlannedFault add(FaultRule rule, Object plannedBy) {
        Entry entry = new Entry(rule, plannedBy);
        entries.add(entry);
        return entry;
    }

    /**
     * Adds the other plan's active rules, each with its full count, as background rules.
     *
     * @param other the plan of the session above
     */
    public synchronized void inherit(FaultSchedule other) {
        for (PlannedFault fault : other.planned()) {
            if (!fault.isExhausted()) {
                add(fault.rule(), BACKGROUND);
            }
        }
    }

    /**
     * Rules added from now on are {@code plannedBy}'s, until the next call.
     *
     * @param plannedBy the owner of the rules, such as a test method's context
     */
    public synchronized void startPlanning(Object plannedBy) {
        this.planner = plannedBy;
    }

    /** Goes back to rules being the session's own. */
    public synchronized void stopPlanning() {
        this.planner = this;
    }

    /**
     * Removes the rules {@code plannedBy} added.
     *
     * @param plannedBy the owner given to {@link #startPlanning(Object)}
     */
    public synchronized void removePlannedBy(Object plannedBy) {
        entries.removeIf(entry -> entry.plannedBy == plannedBy);
    }

    @Override
    public synchronized List<PlannedFault> planned() {
        return List.copyOf(entries);
    }

    /**
     * The rules of the current planner that did not fire as planned: a counted rule that has calls left, or
     * an every-call rule that never fired. Cancelled and background rules are not listed.
     *
     * @return the rules, in the order they were added
     */
    public synchronized List<PlannedFault> unfired() {
        return entries.stream().filter(entry -> entry.plannedBy == planner && entry.unfired())
                .map(PlannedFault.class::cast).toList();
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }

    /**
     * The fault for this call, if a rule fires; the rule counts the call.
     *
     * @throws CloudTrailApiException {@code InternalFailure} if a rule's predicate throws, naming the rule
     */
    synchronized Optional<Fault> take(Operation operation, SdkRequest request) {
        for (Entry entry : entries) {
            if (entry.rule.operation() == operation && !entry.isExhausted() && entry.test(request)) {
                entry.fired++;
                return Optional.of(entry.rule.fault());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "FaultPlan" + planned();
    }

    /** One rule in the plan; guarded by the plan's lock. */
    private final class Entry implements PlannedFault {
        private final FaultRule rule;
        private final Object plannedBy;
        private int fired;
        private boolean cancelled;

        private Entry(FaultRule rule, Object plannedBy) {
            this.rule = rule;
            this.plannedBy = plannedBy;
        }

        private boolean test(SdkRequest request) {
            try {
                return rule.matches(request);
            } catch (RuntimeException e) {
                throw new CloudTrailApiException(ErrorCode.INTERNAL_FAILURE,
                        "The condition of the planned fault " + rule + " threw " + e + ".");
            }
        }

        private boolean unfired() {
            if (cancelled) {
                return false;
            }
            return rule.times() == FaultRule.ALWAYS ? fired == 0 : fired < rule.times();
        }

        @Override
        public FaultRule rule() {
            return rule;
        }

        @Override
        public int fired() {
            synchronized (FaultSchedule.this) {
                return fired;
            }
        }

        @Override
        public boolean isExhausted() {
            synchronized (FaultSchedule.this) {
                return cancelled || (rule.times() != FaultRule.ALWAYS && fired >= rule.times());
            }
        }

        @Override
        public void cancel() {
            synchronized (FaultSchedule.this) {
                cancelled = true;
            }
        }

        @Override
        public String toString() {
            String count = rule.times() == FaultRule.ALWAYS ? String.valueOf(fired) : fired + " of " + rule.times();
            return rule + " [fired " + count + (cancelled ? ", cancelled" : "") + "]";
        }
    }
}
