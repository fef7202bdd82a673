package io.github.mockcloudtrail.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar driven by the AWS CLI v2 (botocore, not the Java SDK) through the whole lifecycle:
 * {@code src/test/clients/aws-cli/lifecycle.sh}.
 *
 * <p>Uses Debian's {@code /usr/bin/aws} (package {@code awscli}) by its full path, since another {@code aws} may
 * come first on {@code PATH}. Without it the test is skipped, except on CI ({@code CI=true}), where it must run.
 */
class AwsCliIT {
    private static final Path AWS = Path.of("/usr/bin/aws");

    @TempDir
    Path home;

    @BeforeAll
    static void requireTheAwsCli() {
        ExternalClient.require(Files.isExecutable(AWS), AWS + " (Debian package awscli)");
    }

    @Test
    void walksTheWholeLifecycleThroughTheAwsCli() throws Exception {
        new ExternalClient("aws-cli", List.of("bash", "lifecycle.sh"), "aws-cli/2.")
                .walkTheLifecycle(home, Map.of("AWS_CLI", AWS.toString()));
    }
}
