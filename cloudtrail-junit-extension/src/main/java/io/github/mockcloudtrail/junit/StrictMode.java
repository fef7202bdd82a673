package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.PlannedFault;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.server.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * What strict mode ({@code @MockCloudTrail(strict = true)}) checks after each test: that the test called no
 * operation the mock does not support, and that every fault it planned fired as often as planned.
 */
final class StrictMode {
    private static final Set<String> UNSUPPORTED =
            Set.of(ErrorCode.UNSUPPORTED_OPERATION.code(), ErrorCode.UNKNOWN_OPERATION.code());

    private StrictMode() {
    }

    /**
     * @param journalMark the journal's last sequence number when the test started
     * @throws AssertionFailedError listing every problem found
     */
    static void check(Session session, long journalMark, String test) {
        List<String> problems = new ArrayList<>();
        for (RecordedCall call : session.journal().since(journalMark)) {
            if (call.error().filter(UNSUPPORTED::contains).isPresent()) {
                problems.add("it called " + call.operationName() + ", which mock-cloudtrail does not support: " + call);
            }
        }
        for (PlannedFault fault : session.faults().unfired()) {
            problems.add("a planned fault did not fire as often as planned: " + fault);
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("Strict mock-cloudtrail failed " + test + ":\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
