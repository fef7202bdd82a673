package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CallCount;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * With JUnit's parallel mode on and methods concurrent, the methods of one class, in the default isolation,
 * each see only the class baseline plus their own changes, with the same trail ARNs and account they would
 * see alone, and each journal holds only its own test's calls. {@value #THREADS} threads run
 * {@value #METHODS} methods that overlap (each waits until another one runs) and rewrite the same trail
 * names over and over; the whole run is repeated {@value #REPETITIONS} times.
 */
class ParallelMethodsTest {
    static final int THREADS = 8;
    static final int METHODS = 24;
    static final int REPETITIONS = 10;
    static final int ROUNDS = 3;
    static final String SHARED_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/shared";

    static final AtomicInteger STARTED = new AtomicInteger();
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger PEAK = new AtomicInteger();

    @BeforeEach
    void resetCounters() {
        STARTED.set(0);
        RUNNING.set(0);
        PEAK.set(0);
    }

    @RepeatedTest(REPETITIONS)
    void concurrentMethodsEachSeeTheBaselineAndOnlyTheirOwnChanges() {
        Scenarios.assertAllSucceeded(Scenarios.runConcurrently(THREADS, ConcurrentMethods.class), METHODS);

        assertThat(PEAK.get()).as("the most methods that ran at once").isGreaterThan(1);
    }

    @Test
    void clientsWithUnknownKeysReachTheRunningTestWhenItRunsAlone() {
        Scenarios.assertAllSucceeded(Scenarios.run(UnknownKeyAlone.class), 1);
    }

    @Test
    void clientsWithUnknownKeysReachTheClassBaselineWhileSeveralTestsRun() {
        Scenarios.assertAllSucceeded(Scenarios.runConcurrently(2, UnknownKeysConcurrently.class), 2);
    }

    /** What one method does: check the baseline, then rewrite shared names, checking it sees only its own. */
    static void exercise(String test, CloudTrailClient client, CloudTrailMock mock) {
        STARTED.incrementAndGet();
        PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            awaitOrGiveUp(() -> RUNNING.get() > 1 || STARTED.get() == METHODS);
            assertThat(trailNames(client)).containsExactlyInAnyOrder("shared", "from-before-all");
            assertThat(client.getTrail(r -> r.name("shared")).trail().trailARN()).isEqualTo(SHARED_ARN);
            assertThat(mock.accountId()).isEqualTo("123456789012");
            for (int round = 0; round < ROUNDS; round++) {
                String own = test + "-" + round;
                client.stopLogging(r -> r.name("shared"));
                client.deleteTrail(r -> r.name("shared"));
                assertThat(client.createTrail(r -> r.name("shared").s3BucketName(test + "-logs")).trailARN())
                        .isEqualTo(SHARED_ARN);
                client.createTrail(r -> r.name(own).s3BucketName(test + "-logs"));
                client.addTags(r -> r.resourceId(SHARED_ARN).tagsList(Tag.builder().key("owner").value(test).build()));

                assertThat(trailNames(client)).hasSize(3 + round).contains("shared", "from-before-all", own)
                        .allMatch(name -> name.equals("shared") || name.equals("from-before-all")
                                || name.startsWith(test + "-"));
                assertThat(client.getTrail(r -> r.name("shared")).trail().s3BucketName()).isEqualTo(test + "-logs");
                assertThat(client.getTrailStatus(r -> r.name("shared")).isLogging()).isFalse();
                assertThat(client.listTags(r -> r.resourceIdList(SHARED_ARN)).resourceTagList())
                        .flatExtracting(ResourceTag::tagsList)
                        .containsExactly(Tag.builder().key("owner").value(test).build());
            }
            String ownKey = mock.credentialsProvider().resolveCredentials().accessKeyId();
            assertThat(mock.calls().all()).extracting(RecordedCall::accessKeyId).containsOnly(ownKey);
            mock.verify(Operation.CREATE_TRAIL, CallCount.times(2 * ROUNDS));
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    /** Waits a while for a condition that lets the methods overlap; a test that waited in vain still runs. */
    static void awaitOrGiveUp(BooleanSupplier condition) {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(100_000);
        }
    }

    static CloudTrailClient ownClient(CloudTrailMock mock) {
        return CloudTrailClient.builder().endpointOverride(mock.endpoint()).region(mock.region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAAPPLICATION", "s")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "shared", logging = true, tags = "owner=class")
    static class ConcurrentMethods {
        @BeforeAll
        static void addToTheBaseline(CloudTrailClient client) {
            client.createTrail(r -> r.name("from-before-all").s3BucketName("audit-logs"));
        }

        // @formatter:off
        @Test void m01(CloudTrailClient c, CloudTrailMock m) { exercise("m01", c, m); }
        @Test void m02(CloudTrailClient c, CloudTrailMock m) { exercise("m02", c, m); }
        @Test void m03(CloudTrailClient c, CloudTrailMock m) { exercise("m03", c, m); }
        @Test void m04(CloudTrailClient c, CloudTrailMock m) { exercise("m04", c, m); }
        @Test void m05(CloudTrailClient c, CloudTrailMock m) { exercise("m05", c, m); }
        @Test void m06(CloudTrailClient c, CloudTrailMock m) { exercise("m06", c, m); }
        @Test void m07(CloudTrailClient c, CloudTrailMock m) { exercise("m07", c, m); }
        @Test void m08(CloudTrailClient c, CloudTrailMock m) { exercise("m08", c, m); }
        @Test void m09(CloudTrailClient c, CloudTrailMock m) { exercise("m09", c, m); }
        @Test void m10(CloudTrailClient c, CloudTrailMock m) { exercise("m10", c, m); }
        @Test void m11(CloudTrailClient c, CloudTrailMock m) { exercise("m11", c, m); }
        @Test void m12(CloudTrailClient c, CloudTrailMock m) { exercise("m12", c, m); }
        @Test void m13(CloudTrailClient c, CloudTrailMock m) { exercise("m13", c, m); }
        @Test void m14(CloudTrailClient c, CloudTrailMock m) { exercise("m14", c, m); }
        @Test void m15(CloudTrailClient c, CloudTrailMock m) { exercise("m15", c, m); }
        @Test void m16(CloudTrailClient c, CloudTrailMock m) { exercise("m16", c, m); }
        @Test void m17(CloudTrailClient c, CloudTrailMock m) { exercise("m17", c, m); }
        @Test void m18(CloudTrailClient c, CloudTrailMock m) { exercise("m18", c, m); }
        @Test void m19(CloudTrailClient c, CloudTrailMock m) { exercise("m19", c, m); }
        @Test void m20(CloudTrailClient c, CloudTrailMock m) { exercise("m20", c, m); }
        @Test void m21(CloudTrailClient c, CloudTrailMock m) { exercise("m21", c, m); }
        @Test void m22(CloudTrailClient c, CloudTrailMock m) { exercise("m22", c, m); }
        @Test void m23(CloudTrailClient c, CloudTrailMock m) { exercise("m23", c, m); }
        @Test void m24(CloudTrailClient c, CloudTrailMock m) { exercise("m24", c, m); }
        // @formatter:on
    }

    @Scenario
    @MockCloudTrail
    static class UnknownKeyAlone {
        @Test
        @SeedTrail(name = "method-seed")
        void aClientOfTheApplicationSeesTheRunningTest(CloudTrailMock mock) {
            try (CloudTrailClient application = ownClient(mock)) {
                assertThat(trailNames(application)).containsExactly("method-seed");
                application.createTrail(r -> r.name("by-application").s3BucketName("audit-logs"));
            }
            mock.verify(Operation.CREATE_TRAIL, CallCount.once());
        }
    }

    @Scenario
    @MockCloudTrail
    static class UnknownKeysConcurrently {
        static final AtomicInteger IN_TEST = new AtomicInteger();

        @Test
        @SeedTrail(name = "first-seed")
        void first(CloudTrailClient client, CloudTrailMock mock) {
            seesTheBaselineThroughAnUnknownKey(client, mock, "first-seed");
        }

        @Test
        @SeedTrail(name = "second-seed")
        void second(CloudTrailClient client, CloudTrailMock mock) {
            seesTheBaselineThroughAnUnknownKey(client, mock, "second-seed");
        }

        private static void seesTheBaselineThroughAnUnknownKey(CloudTrailClient client, CloudTrailMock mock,
                String seed) {
            // At least 2: the other test may already have checked and counted on before this one looks.
            IN_TEST.incrementAndGet();
            awaitOrGiveUp(() -> IN_TEST.get() >= 2);
            assertThat(IN_TEST.get()).as("both tests run").isGreaterThanOrEqualTo(2);
            try (CloudTrailClient application = ownClient(mock)) {
                assertThat(trailNames(application)).doesNotContain(seed);
            }
            assertThat(trailNames(client)).containsExactly(seed);
            IN_TEST.incrementAndGet();
            awaitOrGiveUp(() -> IN_TEST.get() == 4);
        }
    }
}
