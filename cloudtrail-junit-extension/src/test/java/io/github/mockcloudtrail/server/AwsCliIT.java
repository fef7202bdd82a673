package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar driven by the AWS CLI (botocore, not the Java SDK), as the README shows it.
 *
 * <p>Uses Debian's {@code /usr/bin/aws} by its full path, since another {@code aws} may come first on
 * {@code PATH}. Without it the test is skipped, except on CI ({@code CI=true}), where it must run.
 */
class AwsCliIT {
    private static final Path AWS = Path.of("/usr/bin/aws");
    /** The AWS CLI's exit status when the service answered with an error. */
    private static final int SERVICE_ERROR = 254;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @BeforeAll
    static void requireTheAwsCli() {
        if (Files.isExecutable(AWS)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(AWS + " is missing, and CI=true needs it: install the Debian package awscli.");
        }
        Assumptions.abort(AWS + " is absent (install the Debian package awscli to run this test);"
                + " with CI=true its absence fails the build instead.");
    }

    @Test
    void createsDescribesAndReadsStatusThroughTheAwsCli() throws Exception {
        try (ServerProcess server = ServerProcess.start(ChildProcesses.jar(StandaloneJarIT.serverJar(), "--port", "0"))) {
            JsonNode created = succeeded(aws(server, "create-trail", "--name", "cli-audit",
                    "--s3-bucket-name", "cli-audit-logs", "--is-multi-region-trail"));
            assertThat(created.path("Name").asText()).isEqualTo("cli-audit");
            assertThat(created.path("TrailARN").asText()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/cli-audit");
            assertThat(created.path("IsMultiRegionTrail").asBoolean()).isTrue();

            JsonNode described = succeeded(aws(server, "describe-trails"));
            assertThat(described.path("trailList")).hasSize(1);
            assertThat(described.path("trailList").get(0).path("S3BucketName").asText()).isEqualTo("cli-audit-logs");

            assertThat(succeeded(aws(server, "get-trail-status", "--name", "cli-audit")).path("IsLogging").asBoolean())
                    .isFalse();
            succeeded(aws(server, "start-logging", "--name", "cli-audit"));
            assertThat(succeeded(aws(server, "get-trail-status", "--name", "cli-audit")).path("IsLogging").asBoolean())
                    .isTrue();

            assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
        }
    }

    @Test
    void reportsAnUnknownTrailAsTrailNotFoundException() throws Exception {
        try (ServerProcess server = ServerProcess.start(ChildProcesses.jar(StandaloneJarIT.serverJar(), "--port", "0"))) {
            Finished missing = aws(server, "get-trail", "--name", "no-such-trail");

            assertThat(missing.exitCode()).isEqualTo(SERVICE_ERROR);
            assertThat(missing.stderr()).contains("(TrailNotFoundException)").contains("no-such-trail");
            assertThat(missing.stdout()).isEmpty();
        }
    }

    /** {@code aws --endpoint-url ... cloudtrail <args>} with static credentials and no user configuration. */
    private Finished aws(ServerProcess server, String... cloudTrailArgs) {
        List<String> command = new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", server.endpoint().toString(),
                "--output", "json", "cloudtrail"));
        command.addAll(List.of(cloudTrailArgs));
        ProcessBuilder aws = new ProcessBuilder(command);
        Map<String, String> env = aws.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("AWS_ACCESS_KEY_ID", "AKIAMOCKCLOUDTRAIL");
        env.put("AWS_SECRET_ACCESS_KEY", "mock-cloudtrail-secret");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_PAGER", "");
        return ChildProcesses.run(aws);
    }

    private static JsonNode succeeded(Finished run) throws IOException {
        assertThat(run.exitCode()).as("aws exit status; stderr: %s", run.stderr()).isZero();
        return run.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.stdout());
    }
}
