package io.github.mockcloudtrail;

import java.util.List;

/**
 * The faults a mock injects into the calls it receives: per operation, for the next N calls or every call,
 * optionally only for requests that match a predicate. The first active rule that matches a call fires.
 *
 * <pre>{@code
 * mock.faults().on(Operation.GET_TRAIL_STATUS).times(2).respond(AwsError.throttling());  // then normal answers
 * mock.faults().on(Operation.DESCRIBE_TRAILS).respond(AwsError.internalFailure());       // every call
 * mock.faults().on(Operation.START_LOGGING).once().connection(ConnectionFault.RESET);
 * mock.faults().on(Operation.LIST_TRAILS).delay(Duration.ofMillis(300));
 * }</pre>
 */
public interface FaultPlan {

    /**
     * Starts a rule for an operation; finishing it adds it to this plan.
     *
     * @param operation the operation the rule hits
     * @return a rule builder; its finishing call returns the planned fault
     */
    FaultRule.Builder<PlannedFault> on(Operation operation);

    /**
     * Adds a rule built elsewhere, such as on the extension's builder.
     *
     * @param rule the rule
     * @return the rule as planned, to ask how often it fired
     */
    PlannedFault add(FaultRule rule);

    /**
     * The rules in the plan, in the order they were added, including exhausted ones.
     *
     * @return the planned faults
     */
    List<PlannedFault> planned();

    /** Removes every rule. */
    void clear();
}
