package io.github.mockcloudtrail;

import java.util.List;

/**
 * The bounded journal of the calls a mock received, oldest first (in the order they arrived).
 *
 * <p>It keeps at most {@link #limit()} calls; when more arrive, the oldest are dropped and counted in
 * {@link #dropped()}, so a check that needs every call can tell it was cut short. {@link #reset()} empties
 * the journal and leaves the mock's trails alone, which {@code CloudTrailMock.reset()} does the other way
 * round.
 *
 * <pre>{@code
 * List<RecordedCall> stops = mock.calls().of(Operation.STOP_LOGGING);
 * mock.calls().reset();   // forget the calls, keep the state
 * }</pre>
 */
public interface RecordedCalls {

    /** {@return every call kept, in the order the mock received them} */
    List<RecordedCall> all();

    /**
     * The calls kept of one operation, in the order the mock received them.
     *
     * @param operation the operation
     * @return the calls, oldest first
     */
    List<RecordedCall> of(Operation operation);

    /** {@return the most calls kept; {@code 0} means the journal is off} */
    int limit();

    /** {@return how many calls were dropped since the last reset because the journal was full} */
    long dropped();

    /** Forgets every call; the mock's state is kept. */
    void reset();
}
