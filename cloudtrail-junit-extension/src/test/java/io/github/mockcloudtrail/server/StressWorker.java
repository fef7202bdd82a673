package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * One stress thread: a seeded, random mix of every mutating operation, half on the trails all threads share
 * (creates and deletes of a few contested names, tags, selectors, Insights, logging, updates of the shared
 * trail) and half on a trail of its own account, which no other thread touches. Of its own account it keeps an
 * exact model, so at the end the account must be exactly as the model says; of the shared trail it keeps the
 * tag keys only it writes.
 *
 * <pre>{@code
 * StressWorker worker = new StressWorker(3, sharedClient, ownClient, ledger, configs, new Random(seed));
 * worker.call();
 * worker.assertOwnAccountMatchesTheModel();
 * }</pre>
 */
final class StressWorker implements Callable<Void> {
    static final String SHARED_TRAIL = "shared";
    /** With the shared trail, more names than the 5 trails a Region may hold. */
    static final List<String> RACE_NAMES = List.of("race-0", "race-1", "race-2", "race-3", "race-4", "race-5", "race-6");
    /** Tag keys any thread adds and removes: with the owned keys and the filler tags they exceed the limit of 50. */
    static final List<String> CONTESTED_KEYS = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9",
            "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19");
    static final int OWNED_KEYS = 4;
    private static final String OWN_TRAIL = "own";
    private static final String OWN_EXTRA = "own-extra";
    private static final Set<String> NONE = Set.of();

    private final int id;
    private final CloudTrailClient shared;
    private final CloudTrailClient own;
    private final String sharedArn;
    private final StressLedger ledger;
    private final SelectorConfigs configs;
    private final Random random;
    private final int operations;
    private int writes;

    /** The owned keys of the shared trail, as this thread left them. */
    private final Map<String, String> ownedSharedTags = new HashMap<>();
    /** The whole own account, as this thread left it. */
    private final Map<String, String> ownTags = new HashMap<>();
    private boolean ownLogging;
    private int ownSelectors;
    private boolean ownInsights;
    private String ownPrefix;
    private boolean ownExtraExists;

    StressWorker(int id, CloudTrailClient shared, CloudTrailClient own, String sharedArn, StressLedger ledger,
            SelectorConfigs configs, Random random, int operations) {
        this.id = id;
        this.shared = shared;
        this.own = own;
        this.sharedArn = sharedArn;
        this.ledger = ledger;
        this.configs = configs;
        this.random = random;
        this.operations = operations;
    }

    /** Creates the own trail, with the first selector configuration: the model's starting point. */
    void createOwnTrail() {
        own.createTrail(r -> r.name(OWN_TRAIL).s3BucketName("own-logs-" + id));
        own.putEventSelectors(configs.put(0, OWN_TRAIL));
    }

    static String ownedKey(int worker, int key) {
        return "t" + worker + "-k" + key;
    }

    @Override
    public Void call() {
        for (int i = 0; i < operations; i++) {
            if (random.nextBoolean()) {
                onSharedTrails();
            } else {
                onOwnAccount();
            }
        }
        return null;
    }

    private void onSharedTrails() {
        String value = "w" + id + "-" + writes++;
        switch (random.nextInt(11)) {
            case 0, 10 -> {
                String name = pick(RACE_NAMES);
                if (ledger.attempt("CreateTrail", Set.of("TrailAlreadyExistsException",
                        "MaximumNumberOfTrailsExceededException"),
                        () -> shared.createTrail(r -> r.name(name).s3BucketName("race-logs"))) == null) {
                    ledger.created(name);
                }
            }
            case 1 -> {
                String name = pick(RACE_NAMES);
                if (ledger.attempt("DeleteTrail", Set.of("TrailNotFoundException"),
                        () -> shared.deleteTrail(r -> r.name(name))) == null) {
                    ledger.deleted(name);
                }
            }
            case 2 -> {
                String key = ownedKey(id, random.nextInt(OWNED_KEYS));
                ledger.writing(key, value);
                if (ledger.attempt("AddTags", Set.of("TagsLimitExceededException"), () -> shared.addTags(r -> r
                        .resourceId(sharedArn).tagsList(tag(key, value)))) == null) {
                    ownedSharedTags.put(key, value);
                }
            }
            case 3 -> {
                String key = ownedKey(id, random.nextInt(OWNED_KEYS));
                ledger.attempt("RemoveTags", NONE, () -> shared.removeTags(r -> r.resourceId(sharedArn)
                        .tagsList(Tag.builder().key(key).build())));
                ownedSharedTags.remove(key);
            }
            case 4 -> {
                String first = pick(CONTESTED_KEYS);
                String second = pick(CONTESTED_KEYS);
                ledger.writing(first, value);
                ledger.writing(second, value);
                ledger.attempt("AddTags", Set.of("TagsLimitExceededException"), () -> shared.addTags(r -> r
                        .resourceId(sharedArn).tagsList(tag(first, value), tag(second, value))));
            }
            case 5 -> ledger.attempt("RemoveTags", NONE, () -> shared.removeTags(r -> r.resourceId(sharedArn)
                    .tagsList(Tag.builder().key(pick(CONTESTED_KEYS)).build())));
            case 6 -> {
                int config = random.nextInt(configs.size());
                ledger.attempt("PutEventSelectors", NONE, () -> shared.putEventSelectors(configs.put(config, SHARED_TRAIL)));
            }
            case 7 -> {
                boolean on = random.nextBoolean();
                ledger.attempt("PutInsightSelectors", NONE, () -> shared.putInsightSelectors(r -> r.trailName(SHARED_TRAIL)
                        .insightSelectors(on ? List.of(insight()) : List.of())));
            }
            case 8 -> {
                boolean start = random.nextBoolean();
                ledger.attempt(start ? "StartLogging" : "StopLogging", NONE, start
                        ? () -> shared.startLogging(r -> r.name(SHARED_TRAIL))
                        : () -> shared.stopLogging(r -> r.name(SHARED_TRAIL)));
            }
            default -> {
                ledger.writing("prefix", value);
                ledger.attempt("UpdateTrail", NONE, () -> assertThat(shared.updateTrail(r -> r.name(SHARED_TRAIL)
                        .s3KeyPrefix(value)).s3KeyPrefix()).isEqualTo(value));
            }
        }
    }

    private void onOwnAccount() {
        String value = "w" + id + "-" + writes++;
        switch (random.nextInt(7)) {
            case 0 -> {
                String key = "k" + random.nextInt(8);
                ledger.attempt("own AddTags", NONE, () -> own.addTags(r -> r.resourceId(ownArn())
                        .tagsList(tag(key, value))));
                ownTags.put(key, value);
            }
            case 1 -> {
                String key = "k" + random.nextInt(8);
                ledger.attempt("own RemoveTags", NONE, () -> own.removeTags(r -> r.resourceId(ownArn())
                        .tagsList(Tag.builder().key(key).build())));
                ownTags.remove(key);
            }
            case 2 -> {
                int config = random.nextInt(configs.size());
                ledger.attempt("own PutEventSelectors", NONE, () -> own.putEventSelectors(configs.put(config, OWN_TRAIL)));
                ownSelectors = config;
            }
            case 3 -> {
                boolean on = random.nextBoolean();
                ledger.attempt("own PutInsightSelectors", NONE, () -> own.putInsightSelectors(r -> r.trailName(OWN_TRAIL)
                        .insightSelectors(on ? List.of(insight()) : List.of())));
                ownInsights = on;
            }
            case 4 -> {
                boolean start = random.nextBoolean();
                ledger.attempt("own " + (start ? "StartLogging" : "StopLogging"), NONE, start
                        ? () -> own.startLogging(r -> r.name(OWN_TRAIL))
                        : () -> own.stopLogging(r -> r.name(OWN_TRAIL)));
                ownLogging = start;
            }
            case 5 -> {
                ledger.attempt("own UpdateTrail", NONE, () -> own.updateTrail(r -> r.name(OWN_TRAIL).s3KeyPrefix(value)));
                ownPrefix = value;
            }
            default -> {
                if (ownExtraExists) {
                    ledger.attempt("own DeleteTrail", NONE, () -> own.deleteTrail(r -> r.name(OWN_EXTRA)));
                } else {
                    ledger.attempt("own CreateTrail", NONE, () -> own.createTrail(r -> r.name(OWN_EXTRA)
                            .s3BucketName("own-extra-logs")));
                }
                ownExtraExists = !ownExtraExists;
            }
        }
    }

    /** The shared trail's tags of keys only this thread writes, as this thread left them. */
    Map<String, String> ownedSharedTags() {
        return Map.copyOf(ownedSharedTags);
    }

    /** The own account is exactly as this thread's calls left it, each of which answered as the model said. */
    void assertOwnAccountMatchesTheModel() {
        assertThat(own.describeTrails().trailList()).extracting(Trail::name).containsExactlyInAnyOrderElementsOf(
                ownExtraExists ? List.of(OWN_TRAIL, OWN_EXTRA) : List.of(OWN_TRAIL));
        List<ResourceTag> tags = own.listTags(r -> r.resourceIdList(ownArn())).resourceTagList();
        assertThat(tags.get(0).tagsList()).extracting(Tag::key, Tag::value)
                .containsExactlyInAnyOrderElementsOf(ownTags.entrySet().stream()
                        .map(tag -> tuple(tag.getKey(), tag.getValue())).toList());
        assertThat(own.getTrailStatus(r -> r.name(OWN_TRAIL)).isLogging()).isEqualTo(ownLogging);
        assertThat(configs.indexOf(own.getEventSelectors(r -> r.trailName(OWN_TRAIL)))).isEqualTo(ownSelectors);
        assertThat(own.getTrail(r -> r.name(OWN_TRAIL)).trail().s3KeyPrefix()).isEqualTo(ownPrefix);
        assertThat(insightsOn(own, OWN_TRAIL)).isEqualTo(ownInsights);
    }

    /** Whether Insights are on; when they are, exactly as every thread puts them. */
    static boolean insightsOn(CloudTrailClient client, String trail) {
        try {
            GetInsightSelectorsResponse insights = client.getInsightSelectors(r -> r.trailName(trail));
            assertThat(insights.insightSelectors()).containsExactly(insight());
            return true;
        } catch (InsightNotEnabledException e) {
            return false;
        }
    }

    private String ownArn() {
        return "arn:aws:cloudtrail:us-east-1:" + ownAccount(id) + ":trail/" + OWN_TRAIL;
    }

    static String ownAccount(int worker) {
        return String.format("1000000000%02d", worker);
    }

    private static InsightSelector insight() {
        return InsightSelector.builder().insightType(InsightType.API_CALL_RATE_INSIGHT).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
