package io.github.mockcloudtrail.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server throughput with {@code wrk} (Debian package {@code wrk}): {@code GetTrailStatus} and {@code ListTrails}
 * against the standalone server jar, and the same requests against the floor's jar answering the mock's own
 * answers. Both servers run at once as child processes; after a warm-up of each (the JIT needs several seconds
 * of load), they are measured in {@link PairedSlices} of one-second wrk runs.
 * A round with a non-2xx answer or a socket error fails the benchmark.
 *
 * <pre>{@code
 * Map<String, Comparison> requestsPerSecond = WrkThroughput.measure(serverJar, floorJar, 10, 15);
 * }</pre>
 */
final class WrkThroughput {
    /** One wrk thread and eight connections: the servers get the other core, as a test suite's client would leave. */
    static final List<String> WRK_OPTIONS = List.of("-t1", "-c8");
    static final List<AwsJsonRequest> REQUESTS = List.of(new AwsJsonRequest("GetTrailStatus", "{\"Name\":\"bench\"}"),
            new AwsJsonRequest("ListTrails", "{}"));
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private WrkThroughput() {
    }

    /** Fails with the install command when wrk is not on the PATH. */
    static void requireWrk() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("The benchmark needs wrk on the PATH: install it once with"
                    + " 'sudo apt-get install -y wrk' (Debian/Ubuntu), then run the benchmark again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Requests per second for each operation's request, keyed by operation. */
    static Map<String, Comparison> measure(Path serverJar, Path floorJar, int warmUpSeconds, int pairs)
            throws Exception {
        requireWrk();
        try (ServerProcess mock = ServerProcess.launch(serverJar, "--port", "0")) {
            new AwsJsonRequest("CreateTrail", "{\"Name\":\"bench\",\"S3BucketName\":\"bench-logs\"}").send(mock.endpoint());
            new AwsJsonRequest("StartLogging", "{\"Name\":\"bench\"}").send(mock.endpoint());
            List<String> answers = new ArrayList<>(List.of("--port", "0"));
            REQUESTS.forEach(request -> answers.add(request.operation() + "=" + request.send(mock.endpoint())));
            try (ServerProcess floor = ServerProcess.launch(floorJar, answers.toArray(String[]::new))) {
                Map<String, Comparison> results = new LinkedHashMap<>();
                for (AwsJsonRequest request : REQUESTS) {
                    wrk(mock.endpoint(), request, warmUpSeconds);
                    wrk(floor.endpoint(), request, warmUpSeconds);
                    results.put(request.operation(), PairedSlices.measure(pairs,
                            () -> wrk(mock.endpoint(), request, 1), () -> wrk(floor.endpoint(), request, 1)));
                }
                return results;
            }
        }
    }

    /** Runs wrk for the given time and returns its requests per second. */
    private static double wrk(URI endpoint, AwsJsonRequest request, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk"));
        command.addAll(WRK_OPTIONS);
        command.addAll(List.of("-d" + seconds + "s", "-s", script().toString(), endpoint + "/"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_OPERATION", request.operation());
        builder.environment().put("BENCH_BODY", request.body());
        builder.environment().put("BENCH_AUTHORIZATION", AwsJsonRequest.AUTHORIZATION);
        String output;
        try {
            Process process = builder.start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher matcher = REQUESTS_PER_SECOND.matcher(output);
        if (!matcher.find() || output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException(String.format(Locale.ROOT, "wrk against %s (%s) failed:%n%s", endpoint,
                    request.operation(), output));
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static Path script() {
        try {
            return Path.of(WrkThroughput.class.getResource("aws-json.lua").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
