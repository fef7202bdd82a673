package io.github.mockcloudtrail.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where and when a benchmark run happened: date, commit (with {@code +changes} when the working tree differs
 * from it), Java version, cores, and the load average at its start and end, which says how noisy the machine was.
 *
 * <pre>{@code
 * RunInfo run = RunInfo.start(repository);
 * ... measure ...
 * run = run.finish();
 * }</pre>
 */
record RunInfo(String date, String commit, String java, int cores, String loadAtStart, String loadAtEnd) {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    static RunInfo start(Path repository) {
        return new RunInfo(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                commit(repository), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage(), null);
    }

    RunInfo finish() {
        return new RunInfo(date, commit, java, cores, loadAtStart, loadAverage());
    }

    String heading() {
        return date + ", commit " + commit + ", " + java + ", " + cores + " cores, load average " + loadAtStart
                + (loadAtEnd == null ? "" : " at the start, " + loadAtEnd + " at the end");
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(LOAD_AVERAGE, StandardCharsets.US_ASCII).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String commit(Path repository) {
        String head = git(repository, "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git(repository, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+changes";
    }

    private static String git(Path repository, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repository.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
