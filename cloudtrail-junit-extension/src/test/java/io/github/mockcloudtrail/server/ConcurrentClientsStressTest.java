package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Many threads, each with its own SDK client (Apache, URLConnection and async Netty in turn), mixing every
 * mutating operation ({@link StressWorker}) on shared trails and on trails of their own accounts, while readers
 * watch the shared trail and a pager walks {@code LookupEvents} as events keep arriving. Afterwards, and during
 * the run where a reader can see it:
 *
 * <ul>
 *   <li>no 5xx, nothing logged above INFO by the server, and no error but the ones the contest explains (a name
 *       taken, a trail gone, a limit reached);</li>
 *   <li>limits never exceeded: at most 5 trails in the Region, at most 50 tags on a trail;</li>
 *   <li>creates and deletes of each contested name alternate, as in any serial order, and the trail exists
 *       exactly when one more create than delete succeeded;</li>
 *   <li>no lost or phantom tags: each thread's own keys are as it left them, and every tag, prefix or selector
 *       configuration read was written by a call that had begun;</li>
 *   <li>selectors and Insights are read whole: exactly one configuration, never a mix;</li>
 *   <li>logging status reads fit one serial order ({@link LoggingReads});</li>
 *   <li>each thread's own account is exactly as its model says;</li>
 *   <li>a {@code LookupEvents} walk made while events arrive repeats no event, keeps newest first, misses none
 *       of the events that were there before it began, and returns only events the history really holds;</li>
 *   <li>the call journal, which the server writes from both I/O threads, lost no call: every call numbered was
 *       recorded (or counted as dropped past the journal's limit), once, and none was answered with a 5xx.</li>
 * </ul>
 *
 * <p>{@code -Dmockcloudtrail.stress.rounds=N} runs more rounds (each with its own seed), and
 * {@code -Dmockcloudtrail.stress.operations=N} sets the operations per thread.
 */
class ConcurrentClientsStressTest {
    private static final int WORKERS = 8;
    private static final int READERS = 2;
    private static final int OPERATIONS = Integer.getInteger("mockcloudtrail.stress.operations", 150);
    private static final int ROUNDS = Integer.getInteger("mockcloudtrail.stress.rounds", 1);
    /** Tags no thread touches, which keep the shared trail near its limit of 50: none may be lost. */
    private static final int FILLER_TAGS = 30;
    private static final String ACCESS_KEY = "AKIAMOCKSTRESS";
    private static final String SHARED_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/" + StressWorker.SHARED_TRAIL;
    private static final int MAX_TRAILS = 5;
    private static final int MAX_TAGS = 50;

    static IntStream rounds() {
        return IntStream.range(0, ROUNDS);
    }

    @ParameterizedTest(name = "round {0}")
    @MethodSource("rounds")
    void manyClientsMixingEveryMutatingOperationKeepEveryInvariant(int round) throws Exception {
        CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.builder()
                .clock(SettableClock.ticking(Instant.now(), Duration.ofMillis(1))).build());
        StressLedger ledger = new StressLedger();
        LoggingReads loggingReads = new LoggingReads();
        List<CloudTrailClient> clients = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS + READERS + 1);
        ServerWarnings warnings = ServerWarnings.attach();
        Session session = new Session("stress", engine, SessionOptions.defaults());
        try (CloudTrailServer server = CloudTrailServer.start(new SingleSessionRouter(session), 0)) {
            CloudTrailClient setup = client(clients, server, SdkHttpClients.APACHE, ACCESS_KEY);
            setup.createTrail(r -> r.name(StressWorker.SHARED_TRAIL).s3BucketName("shared-logs"));
            setup.addTags(r -> r.resourceId(SHARED_ARN).tagsList(fillerTags()));
            SelectorConfigs configs = SelectorConfigs.learn(setup, StressWorker.SHARED_TRAIL);
            List<StressWorker> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                SdkHttpClients kind = SdkHttpClients.values()[i % SdkHttpClients.values().length];
                StressWorker worker = new StressWorker(i, client(clients, server, kind, ACCESS_KEY),
                        client(clients, server, kind, StressWorker.ownAccount(i)), SHARED_ARN, ledger, configs,
                        new Random(round * 1000L + i), OPERATIONS);
                worker.createOwnTrail();
                workers.add(worker);
            }
            Set<String> eventsBefore = new HashSet<>(eventIds(walk(setup)));

            AtomicBoolean working = new AtomicBoolean(true);
            List<Future<?>> watchers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                CloudTrailClient reader = client(clients, server, SdkHttpClients.values()[i], ACCESS_KEY);
                watchers.add(threads.submit(() -> watchSharedTrail(reader, working, ledger, configs, loggingReads)));
            }
            CloudTrailClient pager = client(clients, server, SdkHttpClients.NETTY_ASYNC, ACCESS_KEY);
            Future<List<List<Event>>> walks = threads.submit(() -> walkWhileEventsArrive(pager, working));
            List<Future<Void>> running = new ArrayList<>();
            workers.forEach(worker -> running.add(threads.submit(worker)));
            for (Future<Void> worker : running) {
                worker.get(5, TimeUnit.MINUTES);
            }
            working.set(false);
            for (Future<?> watcher : watchers) {
                watcher.get(5, TimeUnit.MINUTES);
            }

            assertThat(ledger.problems()).as("problems seen while running").isEmpty();
            assertThat(warnings.logged()).as("warnings and errors logged by the server").isEmpty();
            assertSharedTrailsFitASerialOrder(setup, ledger, configs, workers);
            assertThat(loggingReads.size()).isGreaterThan(10);
            loggingReads.assertFitASerialOrder();
            for (StressWorker worker : workers) {
                worker.assertOwnAccountMatchesTheModel();
            }
            assertWalksWereStable(walks.get(5, TimeUnit.MINUTES), eventsBefore, eventIds(walk(setup)));
            assertEveryCallHappened(ledger);
            assertNoCallLostFromTheJournal(session.journal());
        } finally {
            warnings.detach();
            threads.shutdownNow();
            clients.forEach(CloudTrailClient::close);
        }
    }

    private static CloudTrailClient client(List<CloudTrailClient> clients, CloudTrailServer server, SdkHttpClients kind,
            String accessKey) {
        CloudTrailClient client = kind.client(server.endpoint(), Region.US_EAST_1, accessKey);
        clients.add(client);
        return client;
    }

    /** Reads the shared trail over and over while the workers run, checking what a single read can show. */
    private static Void watchSharedTrail(CloudTrailClient reader, AtomicBoolean working, StressLedger ledger,
            SelectorConfigs configs, LoggingReads loggingReads) {
        while (working.get()) {
            long begun = System.nanoTime();
            GetTrailStatusResponse status = reader.getTrailStatus(r -> r.name(StressWorker.SHARED_TRAIL));
            loggingReads.add(begun, System.nanoTime(), status);

            List<Trail> trails = reader.describeTrails(r -> r.includeShadowTrails(false)).trailList();
            if (trails.size() > MAX_TRAILS) {
                ledger.problem("A read saw " + trails.size() + " trails: " + trails);
            }
            List<Tag> tags = reader.listTags(r -> r.resourceIdList(SHARED_ARN)).resourceTagList().get(0).tagsList();
            long tagsRead = System.nanoTime();
            if (tags.size() > MAX_TAGS) {
                ledger.problem("A read saw " + tags.size() + " tags");
            }
            tags.stream().filter(tag -> !isFiller(tag.key(), tag.value()) && !ledger.writtenBefore(tag.key(), tag.value(),
                    tagsRead))
                    .forEach(tag -> ledger.problem("A read saw the tag " + tag + ", which no call had begun to write"));
            if (configs.indexOf(reader.getEventSelectors(r -> r.trailName(StressWorker.SHARED_TRAIL))) < 0) {
                ledger.problem("A read saw selectors that are none of the configurations put");
            }
            String prefix = reader.getTrail(r -> r.name(StressWorker.SHARED_TRAIL)).trail().s3KeyPrefix();
            if (prefix != null && !ledger.writtenBefore("prefix", prefix, System.nanoTime())) {
                ledger.problem("A read saw the prefix " + prefix + ", which no call had begun to write");
            }
            StressWorker.insightsOn(reader, StressWorker.SHARED_TRAIL);
        }
        return null;
    }

    /** Walks LookupEvents page by page, again and again, while the workers make new events. */
    private static List<List<Event>> walkWhileEventsArrive(CloudTrailClient pager, AtomicBoolean working) {
        List<List<Event>> walks = new ArrayList<>();
        do {
            walks.add(walk(pager));
        } while (working.get());
        return walks;
    }

    private static List<Event> walk(CloudTrailClient client) {
        List<Event> events = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            LookupEventsResponse page = client.lookupEvents(r -> r.maxResults(7).nextToken(next).lookupAttributes(
                    a -> a.attributeKey(LookupAttributeKey.EVENT_SOURCE).attributeValue("cloudtrail.amazonaws.com")));
            events.addAll(page.events());
            token = page.nextToken();
        } while (token != null);
        return events;
    }

    private static List<String> eventIds(List<Event> events) {
        return events.stream().map(Event::eventId).toList();
    }

    private static void assertSharedTrailsFitASerialOrder(CloudTrailClient client, StressLedger ledger,
            SelectorConfigs configs, List<StressWorker> workers) {
        List<String> names = client.describeTrails(r -> r.includeShadowTrails(false)).trailList().stream()
                .map(Trail::name).toList();
        assertThat(names).hasSizeLessThanOrEqualTo(MAX_TRAILS).contains(StressWorker.SHARED_TRAIL);
        for (String name : StressWorker.RACE_NAMES) {
            int balance = ledger.createdLessDeleted(name);
            assertThat(balance).as("successful creates less deletes of %s", name).isBetween(0, 1);
            assertThat(names.contains(name)).as("%s exists", name).isEqualTo(balance == 1);
        }

        Map<String, String> tags = new HashMap<>();
        client.listTags(r -> r.resourceIdList(SHARED_ARN)).resourceTagList().get(0).tagsList()
                .forEach(tag -> tags.put(tag.key(), tag.value()));
        assertThat(tags).hasSizeLessThanOrEqualTo(MAX_TAGS);
        fillerTags().forEach(filler -> assertThat(tags).as("no tag is lost").containsEntry(filler.key(), filler.value()));
        for (StressWorker worker : workers) {
            Map<String, String> owned = new HashMap<>(tags);
            owned.keySet().retainAll(ownedKeys(workers.indexOf(worker)));
            assertThat(owned).as("the tags only worker %s writes", workers.indexOf(worker))
                    .isEqualTo(worker.ownedSharedTags());
        }
        long now = System.nanoTime();
        tags.forEach((key, value) -> assertThat(isFiller(key, value) || ledger.writtenBefore(key, value, now))
                .as("tag %s=%s was written by some call", key, value).isTrue());

        assertThat(configs.indexOf(client.getEventSelectors(r -> r.trailName(StressWorker.SHARED_TRAIL))))
                .as("the selectors are one whole configuration").isNotNegative();
        StressWorker.insightsOn(client, StressWorker.SHARED_TRAIL);
        String prefix = client.getTrail(r -> r.name(StressWorker.SHARED_TRAIL)).trail().s3KeyPrefix();
        assertThat(prefix == null || ledger.writtenBefore("prefix", prefix, now)).isTrue();
    }

    private static List<Tag> fillerTags() {
        return IntStream.range(0, FILLER_TAGS).mapToObj(i -> Tag.builder().key("filler-" + i).value("f" + i).build())
                .toList();
    }

    private static boolean isFiller(String key, String value) {
        return key.startsWith("filler-") && value.equals("f" + key.substring("filler-".length()));
    }

    private static Set<String> ownedKeys(int worker) {
        Set<String> keys = new HashSet<>();
        for (int key = 0; key < StressWorker.OWNED_KEYS; key++) {
            keys.add(StressWorker.ownedKey(worker, key));
        }
        return keys;
    }

    private static void assertWalksWereStable(List<List<Event>> walks, Set<String> before, List<String> after) {
        assertThat(walks).isNotEmpty();
        Set<String> held = new LinkedHashSet<>(after);
        assertThat(held).as("the final walk repeats no event").hasSameSizeAs(after);
        for (List<Event> walk : walks) {
            List<String> ids = eventIds(walk);
            assertThat(ids).as("a walk repeats no event").doesNotHaveDuplicates().containsAll(before);
            assertThat(held).as("a walk returns only events the history holds").containsAll(ids);
            for (int i = 1; i < walk.size(); i++) {
                assertThat(walk.get(i).eventTime()).as("newest first").isBeforeOrEqualTo(walk.get(i - 1).eventTime());
            }
        }
    }

    private static void assertNoCallLostFromTheJournal(CallJournal journal) {
        List<RecordedCall> kept = journal.all();
        assertThat(kept.size() + journal.dropped()).as("calls kept and dropped").isEqualTo(journal.lastSequence());
        assertThat(kept).extracting(RecordedCall::sequence).as("each call recorded once").doesNotHaveDuplicates();
        assertThat(kept).filteredOn(call -> call.status() >= 500).as("calls answered with a 5xx").isEmpty();
    }

    /** The run made every kind of call successfully and reached both limits, so the invariants were put to the test. */
    private static void assertEveryCallHappened(StressLedger ledger) {
        assertThat(ledger.outcomes("CreateTrail MaximumNumberOfTrailsExceededException")).as("%s", ledger.outcomes())
                .isPositive();
        assertThat(ledger.outcomes("AddTags TagsLimitExceededException")).as("%s", ledger.outcomes()).isPositive();
        for (String call : List.of("CreateTrail", "DeleteTrail", "AddTags", "RemoveTags", "PutEventSelectors",
                "PutInsightSelectors", "StartLogging", "StopLogging", "UpdateTrail", "own CreateTrail",
                "own DeleteTrail", "own AddTags", "own RemoveTags", "own PutEventSelectors", "own PutInsightSelectors",
                "own StartLogging", "own StopLogging", "own UpdateTrail")) {
            assertThat(ledger.outcomes(call + " ok")).as("successful %s calls; all outcomes: %s", call,
                    ledger.outcomes()).isPositive();
        }
    }
}
