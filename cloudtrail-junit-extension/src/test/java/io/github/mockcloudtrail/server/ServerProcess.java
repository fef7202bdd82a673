package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone server running as a child process: started, waited for until it prints its ready line,
 * then stopped with SIGTERM. Its output goes to files, so nothing it prints is lost when it stops.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.start(ChildProcesses.jar(jar, "--port", "0"))) {
 *     URI endpoint = server.endpoint();
 *     ...
 *     assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
 * }
 * }</pre>
 */
public final class ServerProcess implements AutoCloseable {
    /** The ready line, exactly as the server prints it. */
    public static final Pattern READY_LINE = Pattern.compile("mock-cloudtrail listening on (http://127\\.0\\.0\\.1:(\\d+))");
    /** A JVM ended by SIGTERM exits with 128 + 15, after running its shutdown hooks. */
    public static final int EXIT_ON_SIGTERM = 143;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final String readyLine;
    private final URI endpoint;

    private ServerProcess(Process process, Path stdout, Path stderr, String readyLine) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.readyLine = readyLine;
        Matcher matcher = READY_LINE.matcher(readyLine);
        assertThat(matcher.matches()).as("ready line '%s'", readyLine).isTrue();
        this.endpoint = URI.create(matcher.group(1));
    }

    /** Starts the command and waits until the server prints its ready line. */
    public static ServerProcess start(List<String> command) {
        try {
            Path stdout = Files.createTempFile("mock-cloudtrail-server-stdout", ".txt");
            Path stderr = Files.createTempFile("mock-cloudtrail-server-stderr", ".txt");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            return new ServerProcess(process, stdout, stderr, awaitFirstLine(process, stdout, stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String awaitFirstLine(Process process, Path stdout, Path stderr) throws IOException {
        Instant giveUp = Instant.now().plus(ChildProcesses.HANG_LIMIT);
        while (true) {
            String printed = Files.readString(stdout, StandardCharsets.UTF_8);
            int endOfLine = printed.indexOf('\n');
            if (endOfLine >= 0) {
                return printed.substring(0, endOfLine);
            }
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                process.destroyForcibly();
                throw new AssertionError("The server printed no ready line (alive: " + process.isAlive()
                        + "); stderr: " + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String readyLine() {
        return readyLine;
    }

    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    /** Sends SIGTERM and waits for the process to end. */
    public int stop() throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(ChildProcesses.HANG_LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(exited).as("the server exited after SIGTERM").isTrue();
        return process.exitValue();
    }

    /** What the server printed to standard output after its ready line. */
    public String outputAfterReadyLine() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8).substring(readyLine.length() + 1);
    }

    /** What the server printed to standard error so far. */
    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Kills the process if it still runs and removes its files. */
    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
    }
}
