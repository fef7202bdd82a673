package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone server as a real process, started from the compiled classes. */
class StandaloneServerTest {

    @Test
    void portZeroPicksAFreePortServesAndStopsOnSigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(serverCommand("--port", "0"))) {
            StandaloneScenario.exercise(server);
        }
    }

    @Test
    void listensOnTheGivenPortAndReportsAPortInUse() throws Exception {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(CloudTrailServer.LOOPBACK))) {
            port = taken.getLocalPort();
            Finished refused = ChildProcesses.run(serverCommand("--port", String.valueOf(port)));
            assertThat(refused.exitCode()).isEqualTo(StandaloneServer.EXIT_CANNOT_LISTEN);
            assertThat(refused.stderr()).contains("cannot listen on 127.0.0.1:" + port);
            assertThat(refused.stdout()).isEmpty();
        }
        try (ServerProcess server = ServerProcess.start(serverCommand("--port", String.valueOf(port),
                "--region", "eu-west-1", "--account", "210987654321"))) {
            assertThat(server.readyLine()).isEqualTo("mock-cloudtrail listening on http://127.0.0.1:" + port);
            assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port abc          | --port must be a number from 0 to 65535, not 'abc'",
        "--port 70000        | --port must be a number from 0 to 65535, not '70000'",
        "--verbose           | Unknown option '--verbose'",
        "--region            | Option --region needs a value",
        "--account 42        | --account must be a 12-digit account ID, not '42'",
    })
    void badArgumentsExitWithStatusTwoAndNameTheOption(String arguments, String message) {
        Finished run = ChildProcesses.run(serverCommand(arguments.split(" ")));

        assertThat(run.exitCode()).isEqualTo(StandaloneServer.EXIT_BAD_ARGUMENTS);
        assertThat(run.stderr()).startsWith(message).contains("Usage: java -jar cloudtrail-mock-server.jar");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void helpPrintsUsageAndExits() {
        Finished run = ChildProcesses.run(serverCommand("--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("Usage: java -jar cloudtrail-mock-server.jar").contains("--port N");
    }

    private static java.util.List<String> serverCommand(String... args) {
        return ChildProcesses.mainOnTestClassPath(StandaloneServer.class, args);
    }
}
