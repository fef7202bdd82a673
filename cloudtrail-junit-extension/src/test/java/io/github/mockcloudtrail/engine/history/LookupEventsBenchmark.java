package io.github.mockcloudtrail.engine.history;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.server.AwsJsonCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * Seeds the shared real records repeatedly (each copy with fresh event IDs) up to a million events, then
 * reports load time, heap per event after GC, and the server-side latency of {@code LookupEvents} (engine
 * plus JSON encoding of the answer, no network) per attribute key and for a time range, on the first page and
 * on a deep page. Not part of the build: run it with
 * {@code mvn -B -Pbenchmark -pl cloudtrail-junit-extension -am -DskipTests test} (see the README).
 *
 * <pre>{@code
 * java -cp ... io.github.mockcloudtrail.engine.history.LookupEventsBenchmark [EVENTS]
 * }</pre>
 */
public final class LookupEventsBenchmark {
    private static final Pattern EVENT_ID = Pattern.compile("\"eventID\":\"[^\"]+\"");
    private static final int WARMUP = 500;
    private static final int MEASURED = 5000;
    private static final int DEEP_PAGE = 100;
    private static final int WARM_UP_COPIES = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Caller CALLER = new Caller("974349055189", "us-east-1", "974349055189");

    private LookupEventsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = SharedFixtures.folder().orElse(null);
        if (folder == null) {
            System.out.println("Benchmark skipped: " + SharedFixtures.missing());
            return;
        }
        List<String> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().map(LookupEventsBenchmark::read)
                    .toList();
        }
        long jsonChars = files.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%s, %d cores, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // The first records a JVM parses run interpreted: seed three copies into a throwaway engine first.
        long coldStart = System.nanoTime();
        CloudTrailEngine warmUp = newEngine();
        int warmUpEvents = 0;
        for (int copy = 0; copy < WARM_UP_COPIES; copy++) {
            for (String file : files) {
                warmUpEvents += warmUp.history().seed(copy == 0 ? file : freshEventIds(file), "warm-up", "us-east-1");
            }
        }
        System.out.printf(Locale.ROOT, "warm-up (cold JVM): seeded %,d events in %,d ms (with fresh IDs)%n", warmUpEvents,
                (System.nanoTime() - coldStart) / 1_000_000);
        warmUp.reset();

        CloudTrailEngine engine = newEngine();
        long heapBefore = usedHeapAfterGc();
        long events = 0;
        long seedNanos = 0;
        long seedCpuNanos = 0;
        long firstHundredThousandNanos = -1;
        while (events < target) {
            for (String file : files) {
                String copy = events < SharedFixtures.RECORDS ? file : freshEventIds(file);
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                events += engine.history().seed(copy, "benchmark", "us-east-1");
                seedNanos += System.nanoTime() - start;
                seedCpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
                if (firstHundredThousandNanos < 0 && events >= 100_000) {
                    firstHundredThousandNanos = seedNanos;
                    System.out.printf(Locale.ROOT, "seeded %,d events in %,d ms (%,d ms of CPU time on the seeding"
                            + " thread)%n", events, seedNanos / 1_000_000, seedCpuNanos / 1_000_000);
                }
            }
        }
        long heapAfter = usedHeapAfterGc();
        double copies = (double) events / SharedFixtures.RECORDS;
        double jsonPerEvent = jsonChars * copies / events;
        double heapPerEvent = (double) (heapAfter - heapBefore) / events;
        System.out.printf(Locale.ROOT, "seeded %,d events in %,d ms (%,.0f events/s; %,d ms of CPU time on the seeding"
                + " thread)%n", events, seedNanos / 1_000_000, events * 1e9 / seedNanos, seedCpuNanos / 1_000_000);
        System.out.printf(Locale.ROOT, "heap after GC: %,.0f bytes per event; record JSON %,.0f bytes per event;"
                + " beyond the JSON %,.0f bytes per event%n", heapPerEvent, jsonPerEvent, heapPerEvent - jsonPerEvent);
        System.out.printf(Locale.ROOT, "events in %s/%s: %,d%n", CALLER.accountId(), CALLER.region(),
                engine.history().size(CALLER.accountId(), CALLER.region()));

        AwsJsonCodec codec = new AwsJsonCodec();
        System.out.printf(Locale.ROOT, "%n%-40s %12s %12s %12s %12s%n", "LookupEvents (server side)", "page 1 p50",
                "page 1 p99", "page " + DEEP_PAGE + " p50", "page " + DEEP_PAGE + " p99");
        String someEventId = firstEventId(files.get(files.size() - 4));
        Map<String, LookupEventsRequest> scenarios = new LinkedHashMap<>();
        scenarios.put("EventId", attribute("EventId", someEventId));
        scenarios.put("EventName=DescribeInstances", attribute("EventName", "DescribeInstances"));
        scenarios.put("ReadOnly=true", attribute("ReadOnly", "true"));
        scenarios.put("Username=<most active user>", attribute("Username", topUser(engine)));
        scenarios.put("ResourceType=AWS::KMS::Key", attribute("ResourceType", "AWS::KMS::Key"));
        scenarios.put("ResourceName=<an IAM role ARN>", attribute("ResourceName",
                "arn:aws:iam::974349055189:role/aws-elasticbeanstalk-service-role"));
        scenarios.put("EventSource=ec2.amazonaws.com", attribute("EventSource", "ec2.amazonaws.com"));
        scenarios.put("AccessKeyId=<most used key>", attribute("AccessKeyId", topAccessKey(engine)));
        scenarios.put("time range (1 h), no attribute", LookupEventsRequest.builder()
                .startTime(Instant.parse("2017-06-01T10:00:00Z")).endTime(Instant.parse("2017-06-01T11:00:00Z")).build());
        scenarios.put("no attribute, no range", LookupEventsRequest.builder().build());
        // Warm up the whole lookup path (JIT) on every scenario before measuring any.
        for (int round = 0; round < WARMUP; round++) {
            scenarios.values().forEach(request -> codec.encode(lookUp(engine, request)));
        }
        usedHeapAfterGc();
        scenarios.forEach((name, request) -> scenario(engine, codec, name, request));
    }

    private static CloudTrailEngine newEngine() {
        return new CloudTrailEngine(EngineOptions.builder().lookupWindow(Duration.ZERO).recordCalls(false).build());
    }

    private static LookupEventsRequest attribute(String key, String value) {
        return LookupEventsRequest.builder()
                .lookupAttributes(LookupAttribute.builder().attributeKey(key).attributeValue(value).build()).build();
    }

    private static void scenario(CloudTrailEngine engine, AwsJsonCodec codec, String name, LookupEventsRequest first) {
        String firstLatency = latency(engine, codec, first);
        String token = null;
        for (int page = 1; page < DEEP_PAGE; page++) {
            String next = token;
            token = lookUp(engine, first.toBuilder().nextToken(next).build()).nextToken();
            if (token == null) {
                break;
            }
        }
        String deepLatency = token == null ? "(fewer pages) -" : latency(engine, codec, first.toBuilder()
                .nextToken(token).build());
        System.out.printf(Locale.ROOT, "%-40s %s %s%n", name, firstLatency, deepLatency);
    }

    /** Median and p99 of decoding nothing, executing and encoding one request, in milliseconds. */
    private static String latency(CloudTrailEngine engine, AwsJsonCodec codec, LookupEventsRequest request) {
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long start = System.nanoTime();
            codec.encode(lookUp(engine, request));
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%10.3f ms %10.3f ms", nanos[MEASURED / 2] / 1e6,
                nanos[MEASURED * 99 / 100] / 1e6);
    }

    private static LookupEventsResponse lookUp(CloudTrailEngine engine, LookupEventsRequest request) {
        return (LookupEventsResponse) engine.execute(Operation.LOOKUP_EVENTS, CALLER, request);
    }

    private static String topUser(CloudTrailEngine engine) {
        return lookUp(engine, attribute("EventSource", "ec2.amazonaws.com")).events().get(0).username();
    }

    private static String topAccessKey(CloudTrailEngine engine) {
        return lookUp(engine, attribute("EventSource", "ec2.amazonaws.com")).events().get(0).accessKeyId();
    }

    private static String firstEventId(String file) {
        Matcher matcher = EVENT_ID.matcher(file);
        matcher.find();
        String match = matcher.group();
        return match.substring("\"eventID\":\"".length(), match.length() - 1);
    }

    private static String freshEventIds(String file) {
        Matcher matcher = EVENT_ID.matcher(file);
        StringBuilder copy = new StringBuilder(file.length());
        while (matcher.find()) {
            matcher.appendReplacement(copy, "\"eventID\":\"" + UUID.randomUUID() + "\"");
        }
        matcher.appendTail(copy);
        return copy.toString();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
