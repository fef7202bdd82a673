package io.github.mockcloudtrail.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server jar running as a child process, timed from launch to its ready line (the first line it prints,
 * ending in its endpoint), and stopped with SIGTERM.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.launch(jar, "--port", "0")) {
 *     double startMillis = server.readyMillis();
 *     URI endpoint = server.endpoint();
 * }
 * }</pre>
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final double readyMillis;
    private final URI endpoint;

    private ServerProcess(Process process, double readyMillis, URI endpoint) {
        this.process = process;
        this.readyMillis = readyMillis;
        this.endpoint = endpoint;
    }

    /** Runs {@code java -jar jar args} and waits for its ready line; its error output is discarded. */
    static ServerProcess launch(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(Jvm.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            long launched = System.nanoTime();
            Process process = builder.start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = output.readLine();
            double millis = (System.nanoTime() - launched) / 1e6;
            if (line == null || !line.contains(" on http://")) {
                process.destroyForcibly();
                throw new IllegalStateException(jar.getFileName() + " printed no ready line but: " + line);
            }
            return new ServerProcess(process, millis, URI.create(line.substring(line.lastIndexOf(' ') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds from launching the process to reading its ready line. */
    double readyMillis() {
        return readyMillis;
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
