package io.github.mockcloudtrail.benchmark;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.junit.MockCloudTrailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * SDK calls per second in this JVM: a {@code CloudTrailClient} with the Apache HTTP client calling
 * {@code GetTrailStatus} from 1 and from 4 threads, against the mock (started as a
 * {@code MockCloudTrailExtension} starts it, with a seeded trail, and called with a client from its handle's
 * builder) and against a {@link FloorServer} answering the mock's own answer, with a client configured alike.
 *
 * <p>The two are measured in {@link PairedSlices}, short ones, after a warm-up of one-second slices of each; it
 * prints {@code sdk mock THREADS} and {@code sdk floor THREADS} with the calls per second of each slice, and
 * {@code sdk pairs THREADS} with each pair's ratio.
 *
 * <pre>{@code
 * java -cp <test class path> io.github.mockcloudtrail.benchmark.SdkThroughput WARM_UP_SECONDS SLICE_SECONDS PAIRS
 * }</pre>
 */
public final class SdkThroughput {
    static final String PREFIX = "sdk";
    private static final int[] THREADS = {1, 4};

    private SdkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double warmUpSeconds = Double.parseDouble(args[0]);
        double sliceSeconds = Double.parseDouble(args[1]);
        int pairs = Integer.parseInt(args[2]);
        MockCloudTrailExtension extension = MockCloudTrailExtension.builder()
                .seedTrail(TrailSeed.named("bench").s3BucketName("bench-logs").logging(true).build())
                .build();
        CloudTrailMock mock = extension.mock();
        String answer = new AwsJsonRequest("GetTrailStatus", "{\"Name\":\"bench\"}").send(mock.endpoint());
        try (FloorServer floor = FloorServer.start(0, Map.of("GetTrailStatus", answer));
                CloudTrailClient mockClient = mock.clientBuilder().build();
                CloudTrailClient floorClient = CloudTrailClient.builder()
                        .endpointOverride(floor.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIDFLOOR", "secret")))
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                        .httpClientBuilder(ApacheHttpClient.builder())
                        .build()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int threads : THREADS) {
                for (int second = 0; second < warmUpSeconds; second++) {
                    callsPerSecond(mockClient, threads, 1, pool);
                    callsPerSecond(floorClient, threads, 1, pool);
                }
                Comparison calls = PairedSlices.measure(pairs,
                        () -> callsPerSecond(mockClient, threads, sliceSeconds, pool),
                        () -> callsPerSecond(floorClient, threads, sliceSeconds, pool));
                print("mock", threads, calls.mock(), "%.1f");
                print("floor", threads, calls.floor(), "%.1f");
                print("pairs", threads, calls.pairRatios(), "%.4f");
            }
            pool.shutdownNow();
        }
    }

    /** Calls from {@code threads} threads for the given time and returns the calls per second. */
    private static double callsPerSecond(CloudTrailClient client, int threads, double seconds, ExecutorService pool)
            throws Exception {
        LongAdder calls = new LongAdder();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<?>> workers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (!client.getTrailStatus(request -> request.name("bench")).isLogging()) {
                        throw new IllegalStateException("GetTrailStatus answered IsLogging false");
                    }
                    calls.increment();
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return calls.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static void print(String what, int threads, Sample values, String format) {
        System.out.println(PREFIX + " " + what + " " + threads + " " + values.values().stream()
                .map(value -> String.format(Locale.ROOT, format, value)).collect(Collectors.joining(" ")));
    }
}
