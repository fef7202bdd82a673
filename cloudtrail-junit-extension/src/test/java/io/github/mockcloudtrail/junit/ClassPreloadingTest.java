package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** The class preloading of the first endpoint: on a daemon thread that ends, with a client that never sends. */
class ClassPreloadingTest {

    @Test
    void loadsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread loader = ClassPreloading.start();

        assertThat(loader.isDaemon()).as("a daemon, which cannot keep a JVM alive").isTrue();
        assertThat(loader.getName()).isEqualTo("mock-cloudtrail-preload");
        loader.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(loader.isAlive()).as("still loading after a minute").isFalse();
    }

    @Test
    void thePreloadedClientsHttpClientRefusesToSend() {
        try (CloudTrailClient client = ClassPreloading.neverSendingClient()) {
            assertThatThrownBy(() -> client.listTrails(request -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The client built to preload classes sends nothing.");
        }
    }
}
