package io.github.mockcloudtrail;

/**
 * A fault rule in a mock's plan, with how often it has fired.
 *
 * <pre>{@code
 * PlannedFault throttle = mock.faults().on(Operation.LIST_TRAILS).times(2).respond(AwsError.throttling());
 * service.listAllTrails();
 * assertThat(throttle.fired()).isEqualTo(2);
 * }</pre>
 */
public interface PlannedFault {

    /** {@return the rule as it was planned} */
    FaultRule rule();

    /** {@return how many calls the fault has hit so far} */
    int fired();

    /** {@return whether the fault will hit no more calls: its count is used up, or it was cancelled} */
    boolean isExhausted();

    /** Takes the fault out of the plan; calls are answered normally again. */
    void cancel();
}
