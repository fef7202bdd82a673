package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.server.ChildProcesses;
import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import org.junit.jupiter.api.Test;

/** Nothing above DEBUG (FINE) is logged while an endpoint starts, serves and stops. */
class QuietByDefaultTest {

    @Test
    void logsNothingAboveFineOnTheHappyPath() {
        Finished probe = ChildProcesses.run(ChildProcesses.mainOnTestClassPath(QuietnessProbe.class));

        assertThat(probe.exitCode()).as("probe exit status; stderr: %s", probe.stderr()).isZero();
        assertThat(probe.stdout().lines().toList())
                .as("records above FINE, then the count of the others")
                .hasSize(2)
                .startsWith("INFO probe canary")
                .last().asString().matches("records at FINE or below: [1-9]\\d*");
        assertThat(probe.stderr()).isEmpty();
    }
}
