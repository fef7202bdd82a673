package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user who asserts on real AWS answers adds this module and gets no server: its runtime class path, as Maven
 * resolves it for users ({@code dependency:build-classpath}, written by the build before tests run), holds
 * the SDK model, AssertJ, the selector evaluator and the API types, and neither Undertow nor the extension.
 * (This test's own class path has them: the tests use the extension.)
 */
class RuntimeClassPathTest {

    @Test
    void holds_no_server() throws IOException {
        List<String> entries = runtimeClassPath();

        assertThat(entries).as("runtime class path of cloudtrail-assertj")
                .anySatisfy(entry -> assertThat(entry).contains("cloudtrail-selectors"))
                .anySatisfy(entry -> assertThat(entry).contains("cloudtrail-mock-api"))
                .anySatisfy(entry -> assertThat(entry).contains("assertj-core"))
                .anySatisfy(entry -> assertThat(entry).contains("cloudtrail-2."))
                .noneSatisfy(entry -> assertThat(entry).containsAnyOf("undertow", "xnio", "jboss"))
                .noneSatisfy(entry -> assertThat(entry).contains("cloudtrail-junit-extension"))
                .noneSatisfy(entry -> assertThat(entry).contains("jackson-databind"))
                .noneSatisfy(entry -> assertThat(entry).contains("junit"));
    }

    private static List<String> runtimeClassPath() throws IOException {
        String file = System.getProperty("runtimeClassPathFile");
        assertThat(file).as("system property runtimeClassPathFile, set by the Maven build").isNotBlank();
        return List.of(Files.readString(Path.of(file)).strip().split(File.pathSeparator));
    }
}
