package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Child processes for tests: JVMs running a main class on the test class path or a jar, and other
 * commands such as the AWS CLI. The waits are bounds that only a hung process reaches, never timing
 * assertions.
 */
public final class ChildProcesses {
    /** How long a child process may take before the test gives up on it as hung. */
    static final Duration HANG_LIMIT = Duration.ofSeconds(60);

    private ChildProcesses() {
    }

    /** {@code java -cp <this JVM's class path> mainClass args...}: runs test and main code in a new JVM. */
    public static List<String> mainOnTestClassPath(Class<?> mainClass, String... args) {
        List<String> command = java();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java -jar jar args...}. */
    public static List<String> jar(Path jar, String... args) {
        List<String> command = java();
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end and returns what it printed. */
    public static Finished run(List<String> command) {
        return run(new ProcessBuilder(command));
    }

    /** Runs a prepared command (with its environment and directory) to its end and returns what it printed. */
    public static Finished run(ProcessBuilder command) {
        return run(command, HANG_LIMIT);
    }

    /** The same, for a command that may take longer than {@link #HANG_LIMIT} to end. */
    public static Finished run(ProcessBuilder command, Duration hangLimit) {
        try {
            Path stdout = Files.createTempFile("mock-cloudtrail-stdout", ".txt");
            Path stderr = Files.createTempFile("mock-cloudtrail-stderr", ".txt");
            Process process = command
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            boolean exited = process.waitFor(hangLimit.toSeconds(), TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            assertThat(exited).as("%s exited within %s", command.command(), hangLimit).isTrue();
            return new Finished(process.exitValue(), readAndDelete(stdout), readAndDelete(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String readAndDelete(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return content;
    }

    /**
     * This JVM's {@code java}; from Java 24 with the flag that allows Undertow's thread pool its
     * {@code sun.misc.Unsafe} use quietly, as the test JVMs do (see the parent POM's {@code jdk24-plus} profile).
     */
    private static List<String> java() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        return command;
    }

    /**
     * A process that has ended.
     *
     * @param exitCode its exit status
     * @param stdout everything it printed to standard output
     * @param stderr everything it printed to standard error
     */
    public record Finished(int exitCode, String stdout, String stderr) {
    }
}
