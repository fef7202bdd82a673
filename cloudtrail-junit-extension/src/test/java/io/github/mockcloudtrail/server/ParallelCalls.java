package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.concurrent.locks.LockSupport;

/** Waits for calls made on other threads to reach the mock, as its journal shows them arriving. */
final class ParallelCalls {
    private ParallelCalls() {
    }

    /**
     * Waits until {@code count} calls have arrived in the test, answered or not, by watching the journal's
     * sequence numbers; gives up after a while, leaving the test to fail on what it then finds.
     */
    static void awaitArrivals(CloudTrailMock mock, int count) {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (arrived(mock) < count && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static long arrived(CloudTrailMock mock) {
        return ((CallJournal) mock.calls()).lastSequence();
    }
}
