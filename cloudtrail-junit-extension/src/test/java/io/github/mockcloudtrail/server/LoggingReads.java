package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

/**
 * {@code GetTrailStatus} answers read while other clients start and stop the trail, each with the interval in
 * which it was in flight, checked for consistency with one serial order of all calls.
 *
 * <p>With a {@linkplain io.github.mockcloudtrail.engine.SettableClock#ticking ticking clock}, every change of
 * the logging state writes a time no earlier change wrote, so the later of {@code StartLoggingTime} and
 * {@code StopLoggingTime} is a version that grows with each change. The answers fit a serial order if each
 * one is consistent in itself (logging exactly when the start is the later time) and no read that began after
 * another one ended saw an older version.
 *
 * <pre>{@code
 * LoggingReads reads = new LoggingReads();
 * long start = System.nanoTime();
 * GetTrailStatusResponse status = client.getTrailStatus(r -> r.name("shared"));
 * reads.add(start, System.nanoTime(), status);
 * reads.assertFitASerialOrder();
 * }</pre>
 */
final class LoggingReads {
    private record Read(long startNanos, long endNanos, GetTrailStatusResponse status, Instant version) {
    }

    private final Queue<Read> reads = new ConcurrentLinkedQueue<>();

    void add(long startNanos, long endNanos, GetTrailStatusResponse status) {
        Instant start = status.startLoggingTime();
        Instant stop = status.stopLoggingTime();
        Instant version = start == null ? Instant.EPOCH : stop == null || start.isAfter(stop) ? start : stop;
        reads.add(new Read(startNanos, endNanos, status, version));
    }

    int size() {
        return reads.size();
    }

    /** Every read consistent in itself, and none older than a read that ended before it began. */
    void assertFitASerialOrder() {
        for (Read read : reads) {
            GetTrailStatusResponse status = read.status();
            boolean startedLast = status.startLoggingTime() != null && (status.stopLoggingTime() == null
                    || status.startLoggingTime().isAfter(status.stopLoggingTime()));
            assertThat(status.isLogging()).as("logging exactly when it started last: %s", status).isEqualTo(startedLast);
        }
        List<Read> byEnd = new ArrayList<>(reads);
        byEnd.sort(Comparator.comparingLong(Read::endNanos));
        List<Read> byStart = new ArrayList<>(reads);
        byStart.sort(Comparator.comparingLong(Read::startNanos));
        Instant newestEnded = Instant.EPOCH;
        int ended = 0;
        for (Read read : byStart) {
            while (ended < byEnd.size() && byEnd.get(ended).endNanos() < read.startNanos()) {
                Instant version = byEnd.get(ended++).version();
                newestEnded = version.isAfter(newestEnded) ? version : newestEnded;
            }
            assertThat(read.version()).as("a read that began after another one ended saw no older state: %s",
                    read.status()).isAfterOrEqualTo(newestEnded);
        }
    }
}
