package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * The classes of one JUnit run serve their calls on one set of server threads, started once, while each keeps a
 * server, a port and a state of its own; the threads stop when the run ends, and each class's server stops
 * serving when its class ends.
 */
class SharedServerThreadsTest {
    /** The names of the server threads that answered, per class. */
    static final List<Set<String>> SERVER_THREADS = new CopyOnWriteArrayList<>();
    static final List<URI> ENDPOINTS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forget() {
        SERVER_THREADS.clear();
        ENDPOINTS.clear();
    }

    @Test
    void classesOfOneRunShareServerThreadsButNotServers() {
        Scenarios.assertAllSucceeded(Scenarios.run(FirstClass.class, SecondClass.class, ThirdClass.class), 3);

        assertThat(ENDPOINTS).as("one endpoint per class").hasSize(3).doesNotHaveDuplicates();
        assertThat(SERVER_THREADS).hasSize(3).allSatisfy(names -> assertThat(names).isNotEmpty());
        Set<String> workers = ConcurrentHashMap.newKeySet();
        SERVER_THREADS.forEach(names -> names.forEach(name -> workers.add(worker(name))));
        assertThat(workers).as("XNIO workers that served the three classes").hasSize(1);
        ENDPOINTS.forEach(TestClients::assertRefusesConnections);
        assertThat(liveThreadsOf(workers.iterator().next())).as("shared threads after the run").isEmpty();
    }

    @Test
    void runsInParallelClassesOnTheSharedThreads() {
        Scenarios.assertAllSucceeded(Scenarios.runInParallel(FirstClass.class, SecondClass.class, ThirdClass.class), 3);

        assertThat(ENDPOINTS).hasSize(3).doesNotHaveDuplicates();
        ENDPOINTS.forEach(TestClients::assertRefusesConnections);
    }

    /** {@code XNIO-7} of {@code XNIO-7 I/O-1}. */
    private static String worker(String threadName) {
        return threadName.substring(0, threadName.indexOf(' '));
    }

    /** Threads of the worker still alive, once its shutdown has had up to five seconds to finish. */
    private static List<Thread> liveThreadsOf(String worker) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<Thread> live;
        do {
            live = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.isAlive() && thread.getName().startsWith(worker + " "))
                    .toList();
        } while (!live.isEmpty() && System.nanoTime() < deadline && pause());
        return live;
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes a call and notes, from a fault rule's predicate that runs on the server, which thread served it. */
    abstract static class CallingClass {
        @Test
        void callsTheMock(CloudTrailClient client, CloudTrailMock mock) {
            Set<String> names = ConcurrentHashMap.newKeySet();
            mock.faults().on(Operation.DESCRIBE_TRAILS).always().when(request -> {
                names.add(Thread.currentThread().getName());
                return false;
            }).delay(java.time.Duration.ZERO);

            assertThat(client.describeTrails().trailList()).isEmpty();
            assertThat(client.createTrail(r -> r.name(getClass().getSimpleName()).s3BucketName("logs")).name())
                    .isEqualTo(getClass().getSimpleName());
            assertThat(client.describeTrails().trailList()).hasSize(1);
            SERVER_THREADS.add(names);
            ENDPOINTS.add(mock.endpoint());
        }
    }

    @Scenario
    @MockCloudTrail
    static class FirstClass extends CallingClass {
    }

    @Scenario
    @MockCloudTrail
    static class SecondClass extends CallingClass {
    }

    @Scenario
    @MockCloudTrail
    static class ThirdClass extends CallingClass {
    }
}
