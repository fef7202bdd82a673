package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.TestClients;
import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * A CloudTrail client nobody here wrote (the AWS CLI, boto3, the AWS SDK for JavaScript), run as a child process
 * with its lifecycle script from {@code src/test/clients/} against the shaded jar, as users run both.
 *
 * <p>The script checks what its client surfaces, answer by answer, and prints {@code N checks passed}. Then,
 * through the Java SDK, the test reads what the mock recorded of the client's calls (by the client's
 * {@code User-Agent}), to see that the script really called all 18 operations and got the documented errors.
 *
 * <pre>{@code
 * ExternalClient.require(Files.isExecutable(AWS), "/usr/bin/aws (Debian package awscli)");
 * new ExternalClient("aws-cli", List.of("bash", "lifecycle.sh"), "aws-cli/2.").walkTheLifecycle(home, Map.of());
 * }</pre>
 */
final class ExternalClient {
    /** Where the scripts are; failsafe runs in the module's directory. */
    static final Path CLIENTS = Path.of(System.getProperty("mockcloudtrail.clientsDir", "src/test/clients"));
    /** The AWS CLI starts a Python process per call: its script may take a minute on a busy machine. */
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(3);
    /** The errors every lifecycle script provokes, with the codes the mock records for them. */
    private static final Set<String> DOCUMENTED_ERRORS = Set.of("TrailNotFoundException", "TrailAlreadyExistsException",
            "InvalidTrailNameException", "InsightNotEnabledException", "InvalidTimeRangeException",
            "InvalidMaxResultsException", "InvalidEventSelectorsException", "InvalidInsightSelectorsException");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;
    private final List<String> command;
    private final String userAgentPrefix;

    /**
     * @param folder the client's folder under {@link #CLIENTS}, where the command runs
     * @param command the command that runs the lifecycle script
     * @param userAgentPrefix how the client's {@code User-Agent} starts, with its version where it is pinned
     */
    ExternalClient(String folder, List<String> command, String userAgentPrefix) {
        this.folder = folder;
        this.command = command;
        this.userAgentPrefix = userAgentPrefix;
    }

    /**
     * Skips the test when a client is absent on a developer's machine, saying how to install it; on CI
     * ({@code CI=true}), where {@code .ci/run} installs every client, its absence fails the test.
     */
    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " is missing, and CI=true needs it: .ci/run installs it.");
        }
        Assumptions.abort(what + " is absent, so this test is skipped; with CI=true its absence fails the build"
                + " instead. See the README, \"Real clients\".");
    }

    static Path folder(String name) {
        return CLIENTS.resolve(name);
    }

    /**
     * Starts the shaded jar, runs the script against it with static credentials in us-east-1 and no user
     * configuration, and checks the script's verdict and the calls the mock recorded.
     *
     * @param home an empty folder for the client's home
     * @param environment more environment variables for the client, such as its PATH
     */
    void walkTheLifecycle(Path home, Map<String, String> environment) throws Exception {
        try (ServerProcess server = ServerProcess.start(ChildProcesses.jar(StandaloneJarIT.serverJar(), "--port", "0"))) {
            Finished run = ChildProcesses.run(process(server, home, environment), SCRIPT_LIMIT);

            assertThat(run.exitCode()).as("%s's script failed:%n%s%nstderr:%n%s", folder, run.stdout(), run.stderr())
                    .isZero();
            List<String> lines = run.stdout().lines().toList();
            assertThat(lines).as("%s's checks", folder).noneMatch(line -> line.startsWith("not ok"))
                    .last().asString().matches("\\d+ checks passed");
            assertThat(lines).filteredOn(line -> line.startsWith("ok ")).hasSizeGreaterThanOrEqualTo(30);
            assertRecordedCalls(server);
            assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
        }
    }

    private ProcessBuilder process(ServerProcess server, Path home, Map<String, String> environment) {
        ProcessBuilder process = new ProcessBuilder(command).directory(folder(folder).toFile());
        Map<String, String> env = process.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("AWS_ACCESS_KEY_ID", "AKIAMOCKCLOUDTRAIL");
        env.put("AWS_SECRET_ACCESS_KEY", "mock-cloudtrail-secret");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_PAGER", "");
        env.put("MOCK_CLOUDTRAIL_ENDPOINT", server.endpoint().toString());
        env.putAll(environment);
        return process;
    }

    /** The mock recorded a call of every operation from this client, and the documented errors it provoked. */
    private void assertRecordedCalls(ServerProcess server) throws IOException {
        Set<String> operations = new TreeSet<>();
        Set<String> errors = new TreeSet<>();
        try (CloudTrailClient client = TestClients.forEndpoint(server.endpoint())) {
            for (Event event : client.lookupEventsPaginator(r -> r.maxResults(50)).events()) {
                JsonNode record = JSON.readTree(event.cloudTrailEvent());
                if (record.path("userAgent").asText().startsWith(userAgentPrefix)) {
                    operations.add(event.eventName());
                    if (record.has("errorCode")) {
                        errors.add(record.get("errorCode").asText());
                    }
                }
            }
        }
        assertThat(operations).as("the operations the mock recorded from %s", userAgentPrefix)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Operation.values()).map(Operation::wireName).toList());
        assertThat(errors).as("the errors the mock recorded for %s", userAgentPrefix)
                .containsExactlyInAnyOrderElementsOf(DOCUMENTED_ERRORS);
    }

    /** The first executable of this name on the test's PATH, if any. */
    static Path onPath(String executable) {
        List<Path> candidates = new ArrayList<>();
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isEmpty()) {
                candidates.add(Path.of(directory, executable));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** What a command prints, or an empty string if it cannot run. */
    static String output(List<String> command) {
        try {
            Finished run = ChildProcesses.run(new ProcessBuilder(command));
            return run.exitCode() == 0 ? run.stdout().trim() : "";
        } catch (UncheckedIOException e) {
            return "";
        }
    }
}
