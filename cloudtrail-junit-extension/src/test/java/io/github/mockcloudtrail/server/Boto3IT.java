package io.github.mockcloudtrail.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar driven by boto3 through the whole lifecycle: {@code src/test/clients/boto3/lifecycle.py}.
 *
 * <p>Uses Debian's {@code /usr/bin/python3} with Debian's boto3 (package {@code python3-boto3}), since another
 * {@code python3} may come first on {@code PATH}. Without them the test is skipped, except on CI
 * ({@code CI=true}), where it must run.
 */
class Boto3IT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path home;

    @BeforeAll
    static void requireBoto3() {
        String boto3 = Files.isExecutable(PYTHON)
                ? ExternalClient.output(List.of(PYTHON.toString(), "-c", "import boto3; print(boto3.__version__)")) : "";
        ExternalClient.require(!boto3.isEmpty(), "boto3 for " + PYTHON + " (Debian package python3-boto3)");
    }

    @Test
    void walksTheWholeLifecycleThroughBoto3() throws Exception {
        new ExternalClient("boto3", List.of(PYTHON.toString(), "lifecycle.py"), "Boto3/")
                .walkTheLifecycle(home, Map.of());
    }
}
