package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The shaded jar that {@code mvn package} builds, run as users run it: {@code java -jar}. */
class StandaloneJarIT {

    /** The jar as the failsafe configuration names it. */
    static Path serverJar() {
        Path jar = Path.of(System.getProperty("mockcloudtrail.serverJar", "target/cloudtrail-mock-server.jar"));
        assertThat(jar).as("the shaded server jar; run through 'mvn verify'").isRegularFile();
        return jar;
    }

    @Test
    void servesTheApiFromTheShadedJarAndStopsOnSigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(ChildProcesses.jar(serverJar(), "--port", "0"))) {
            StandaloneScenario.exercise(server);
        }
    }

    @Test
    void theJarNamesABadOptionAndExitsWithStatusTwo() {
        Finished run = ChildProcesses.run(ChildProcesses.jar(serverJar(), "--port", "x"));

        assertThat(run.exitCode()).isEqualTo(StandaloneServer.EXIT_BAD_ARGUMENTS);
        assertThat(run.stderr()).startsWith("--port must be a number from 0 to 65535, not 'x'");
    }

    @Test
    void theJarCarriesNoTestFrameworkAndNoSdkHttpClient() throws Exception {
        try (JarFile jar = new JarFile(serverJar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(StandaloneServer.class.getName());
            assertThat(jar.stream().map(ZipEntry::getName))
                    .contains("io/github/mockcloudtrail/server/StandaloneServer.class")
                    .noneMatch(name -> name.startsWith("org/junit/"))
                    .noneMatch(name -> name.startsWith("io/netty/"))
                    .noneMatch(name -> name.startsWith("org/apache/http/"));
        }
    }
}
