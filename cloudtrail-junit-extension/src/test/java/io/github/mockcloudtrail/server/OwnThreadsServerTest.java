package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A server started without shared threads starts threads of its own, daemon threads, and ends them when it stops
 * ({@code close()} waits for them, as stopping an Undertow server that owns its threads does).
 */
class OwnThreadsServerTest {

    @Test
    void aServerOnThreadsOfItsOwnEndsThemWhenItStops() {
        Set<Thread> before = xnioThreads();
        CloudTrailServer server = CloudTrailServer.start(new CloudTrailEngine(EngineOptions.defaults()));
        Set<Thread> own = xnioThreads();
        own.removeAll(before);
        assertThat(own).as("the server's own threads").isNotEmpty().allMatch(Thread::isDaemon);

        server.close();

        assertThat(own).as("the server's own threads after close()").noneMatch(Thread::isAlive);
    }

    private static Set<Thread> xnioThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("XNIO-") && thread.isAlive())
                .collect(Collectors.toSet());
    }
}
