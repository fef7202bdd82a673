package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.Operation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The main of a fresh JVM for {@link QuietByDefaultTest}: captures every {@code java.util.logging}
 * record (the SDK's SLF4J logging reaches it through slf4j-jdk14 on the test class path) while an
 * endpoint starts, serves a few calls and stops, then prints the records above FINE, one per line,
 * and the number of the others. A fresh JVM matters: XNIO greets only the first time it loads.
 */
public final class QuietnessProbe {
    private QuietnessProbe() {
    }

    public static void main(String[] args) {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.ALL);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });

        try (MockScope scope = TestScopes.start()) {
            CloudTrailClient client = scope.client(Region.US_EAST_1, "123456789012");
            client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));
            client.startLogging(r -> r.name("audit"));
            client.describeTrails();
            client.getTrailStatus(r -> r.name("audit"));
            try {
                client.getTrail(r -> r.name("no-such-trail"));
            } catch (TrailNotFoundException expected) {
                // an error answer is part of normal use and must not be logged loudly either
            }
            scope.session().faults().on(Operation.LIST_TRAILS).once().respond(AwsError.throttling());
            try {
                client.listTrails(r -> { });
            } catch (CloudTrailException expected) {
                // an injected fault is normal use too
            }
            scope.handle(Region.EU_WEST_1, "123456789012").calls().all();
        }
        Logger.getLogger("probe").info("canary");

        long fineOrBelow = records.stream().filter(r -> r.getLevel().intValue() <= Level.FINE.intValue()).count();
        records.stream()
                .filter(r -> r.getLevel().intValue() > Level.FINE.intValue())
                .forEach(r -> System.out.println(r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage()));
        System.out.println("records at FINE or below: " + fineOrBelow);
    }
}
