package io.github.mockcloudtrail.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Child JVMs for the benchmark: each measurement that depends on what a JVM has already loaded or compiled
 * runs in a fresh one, with this JVM's Java and class path.
 *
 * <pre>{@code
 * String printed = Jvm.run(Jvm.command(List.of(suites), ClassSuiteRun.class, "MOCK"));
 * }</pre>
 */
final class Jvm {
    private Jvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java [jvmOptions] -cp <this class path>[:extra] mainClass args}. */
    static List<String> command(List<String> jvmOptions, List<Path> extraClassPath, Class<?> mainClass,
            String... args) {
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        extraClassPath.forEach(path -> classPath.append(java.io.File.pathSeparator).append(path));
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath.toString(), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the command to its end and returns its standard output; fails with its error output if it failed. */
    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String output = read(process.getInputStream());
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(command.get(command.size() - 1) + " failed with status " + status
                        + ": " + errors.join());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
