package io.github.mockcloudtrail.benchmark;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.RequestContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * Heap per trail and per event, after full garbage collections, in a fresh JVM: an engine's used heap grows by
 * this much for each trail created (through {@code CreateTrail} with two tags, then {@code StartLogging}, five
 * trails in each of many accounts, as CloudTrail allows five per Region) and for each call it records in its
 * event history (a {@code GetTrailStatus}, as a test's calls are recorded). Prints
 * {@code heap trail BYTES} and {@code heap event BYTES}.
 *
 * <pre>{@code
 * java -Xmx1g -cp <test class path> io.github.mockcloudtrail.benchmark.HeapFootprint 5000 50000
 * }</pre>
 */
public final class HeapFootprint {
    static final String PREFIX = "heap";
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final int TRAILS_PER_ACCOUNT = 5;

    private HeapFootprint() {
    }

    public static void main(String[] args) {
        int trails = Integer.parseInt(args[0]);
        int events = Integer.parseInt(args[1]);
        long before = usedAfterGc();
        CloudTrailEngine withTrails = new CloudTrailEngine(EngineOptions.builder().recordCalls(false).build());
        createTrails(withTrails, trails);
        long afterTrails = usedAfterGc();
        CloudTrailEngine withEvents = new CloudTrailEngine(EngineOptions.defaults());
        recordCalls(withEvents, events);
        long afterEvents = usedAfterGc();
        System.out.printf(Locale.ROOT, "%s trail %.0f%n", PREFIX, (afterTrails - before) / (double) trails);
        System.out.printf(Locale.ROOT, "%s event %.0f%n", PREFIX, (afterEvents - afterTrails) / (double) events);
        // Keeps both engines reachable until they have been measured.
        if (withTrails.history().size("000000000000", "us-east-1") + withEvents.history().size("123456789012",
                "us-east-1") != events) {
            throw new IllegalStateException("Expected " + events + " recorded events");
        }
    }

    private static void createTrails(CloudTrailEngine engine, int trails) {
        for (int index = 0; index < trails; index++) {
            String account = String.format(Locale.ROOT, "%012d", 100_000_000_000L + index / TRAILS_PER_ACCOUNT);
            Caller caller = engine.callerFor(account, "us-east-1");
            String name = "trail-" + index;
            engine.execute(Operation.CREATE_TRAIL, caller, CreateTrailRequest.builder().name(name)
                    .s3BucketName("logs-" + index).isMultiRegionTrail(index % 2 == 0)
                    .tagsList(Tag.builder().key("owner").value("team-" + index).build(),
                            Tag.builder().key("cost-center").value("42").build())
                    .build());
            engine.execute(Operation.START_LOGGING, caller, StartLoggingRequest.builder().name(name).build());
        }
    }

    private static void recordCalls(CloudTrailEngine engine, int events) {
        Caller caller = engine.callerFor("123456789012", "us-east-1");
        engine.execute(Operation.CREATE_TRAIL, caller, CreateTrailRequest.builder().name("bench")
                .s3BucketName("bench-logs").build());
        GetTrailStatusRequest status = GetTrailStatusRequest.builder().name("bench").build();
        for (int call = 1; call < events; call++) {
            engine.execute(Operation.GET_TRAIL_STATUS, caller, status, new RequestContext("127.0.0.1",
                    "aws-sdk-java/2.41.28 benchmark", UUID.randomUUID().toString()));
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
