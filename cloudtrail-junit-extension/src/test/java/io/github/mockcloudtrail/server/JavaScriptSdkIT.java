package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar driven by the AWS SDK for JavaScript v3 through the whole lifecycle:
 * {@code src/test/clients/javascript/lifecycle.mjs}, with {@code @aws-sdk/client-cloudtrail} at the exact
 * version its {@code package.json} and {@code package-lock.json} pin, installed by {@code npm ci} in that folder.
 *
 * <p>Needs Node.js 20 or later first on {@code PATH}. Without it, or without the installed package, the test is
 * skipped, except on CI ({@code CI=true}), where it must run.
 */
class JavaScriptSdkIT {
    private static final Path FOLDER = ExternalClient.folder("javascript");
    private static Path node;
    private static String pinned;

    @TempDir
    Path home;

    @BeforeAll
    static void requireNodeAndTheSdk() throws IOException {
        node = ExternalClient.onPath("node");
        String version = node == null ? "" : ExternalClient.output(List.of(node.toString(), "--version"));
        ExternalClient.require(version.matches("v(2\\d|[3-9]\\d)\\..*"), "Node.js 20 or later (found "
                + (node == null ? "no node" : node + " " + version) + ")");
        ObjectMapper json = new ObjectMapper();
        pinned = json.readTree(FOLDER.resolve("package.json").toFile()).at("/dependencies/@aws-sdk~1client-cloudtrail")
                .asText();
        Path installed = FOLDER.resolve("node_modules/@aws-sdk/client-cloudtrail/package.json");
        ExternalClient.require(Files.isRegularFile(installed)
                && json.readTree(installed.toFile()).get("version").asText().equals(pinned),
                "@aws-sdk/client-cloudtrail " + pinned + " (run npm ci in " + FOLDER + ")");
    }

    @Test
    void walksTheWholeLifecycleThroughTheJavaScriptSdk() throws Exception {
        // The User-Agent names a version of its own (3.1137.0 sends aws-sdk-js/3.1136.0): the pin is checked above.
        new ExternalClient("javascript", List.of(node.toString(), "lifecycle.mjs"), "aws-sdk-js/3.")
                .walkTheLifecycle(home, Map.of("PATH", node.getParent() + ":/usr/bin:/bin"));
    }
}
