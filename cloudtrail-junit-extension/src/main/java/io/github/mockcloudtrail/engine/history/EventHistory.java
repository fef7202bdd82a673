package io.github.mockcloudtrail.engine.history;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.engine.AccountIds;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.RandomIds;
import io.github.mockcloudtrail.engine.RegionNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The event history of every account and Region of one mock: the mock's own recorded API calls and
 * the events seeded into it, which {@code LookupEvents} reads.
 *
 * <p>Events are immutable and kept in immutable segments with indexes (see {@link Segment}), so a
 * {@link #snapshot()} and a {@link #restore} cost a few references per account and Region however many
 * events there are, and engines forked from one snapshot share its events. Recorded events (and seeded
 * ones, if {@link EngineOptions#seededEventsCountAgainstCap()} says so) are capped per account and
 * Region; beyond the cap the oldest are evicted. Thread-safe.
 *
 * <pre>{@code
 * EventHistory history = engine.history();
 * history.seed(Path.of("src/test/resources/cloudtrail/2024-03-01.json.gz"), "us-east-1");
 * history.setLookupWindow(Duration.ZERO); // look up events of any age
 * }</pre>
 */
public final class EventHistory {
    /** How far back {@code LookupEvents} looks by default: CloudTrail's 90 days. */
    public static final Duration DEFAULT_LOOKUP_WINDOW = Duration.ofDays(90);
    /** Batches at least this large become a segment of their own rather than going through the tail. */
    private static final int SEGMENT_BATCH = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final String defaultAccount;
    private final int cap;
    private final boolean seedsCount;
    private final Interner interner = new Interner();
    private Map<AccountRegion, RegionHistory> regions = new HashMap<>();
    /** The history the last recorded call went to: calls come from one account and Region, mostly. */
    private Recent recent;
    private long lastSeq;
    private volatile Duration lookupWindow;
    private volatile boolean recording;

    /**
     * An empty history.
     *
     * @param options the lookup window, recording and cap settings
     */
    public EventHistory(EngineOptions options) {
        this.clock = options.clock();
        this.defaultAccount = options.defaultAccountId();
        this.cap = options.recordedEventsCap();
        this.seedsCount = options.seededEventsCountAgainstCap();
        this.lookupWindow = options.lookupWindow();
        this.recording = options.recordCalls();
    }

    /**
     * Seeds the records of a file, or of every file in a folder and its subfolders (in name order), in any
     * format {@link RecordReader} reads. Each record is filed under its own {@code recipientAccountId} and
     * {@code awsRegion}; a record whose event ID its account and Region already hold is skipped.
     *
     * @param fileOrFolder a file of records or a folder of such files
     * @param defaultRegion the Region of records that name none
     * @return the number of events added
     * @throws IllegalArgumentException naming the file and record, if one cannot be read; nothing is
     *     added then
     */
    public int seed(Path fileOrFolder, String defaultRegion) {
        List<ParsedEvent> events = new ArrayList<>();
        for (Path file : files(fileOrFolder)) {
            try {
                events.addAll(reader(defaultRegion).read(RecordReader.utf8(Files.readAllBytes(file)), file.toString()));
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return add(events, seedsCount);
    }

    /**
     * Seeds the records of a text, as {@link #seed(Path, String)}; {@code source} names it in errors.
     *
     * @param text the records
     * @param source names the text in errors
     * @param defaultRegion the Region of records that name none
     * @return the number of events added
     */
    public int seed(String text, String source, String defaultRegion) {
        return add(reader(defaultRegion).read(text, source), seedsCount);
    }

    /**
     * Seeds the records of a file's bytes, plain or gzipped.
     *
     * @param content the file's bytes
     * @param source names the file in errors
     * @param defaultRegion the Region of records that name none
     * @return the number of events added
     */
    public int seed(byte[] content, String source, String defaultRegion) {
        return add(reader(defaultRegion).read(RecordReader.utf8(content), source), seedsCount);
    }

    /**
     * Seeds one event described by a seed.
     *
     * @param seed the event
     * @param defaultRegion the Region of a seed that names none
     * @throws IllegalArgumentException if the seed's account is not 12 digits or its Region not a Region name
     */
    public void seed(EventSeed seed, String defaultRegion) {
        seed(seed, defaultRegion, defaultAccount);
    }

    /**
     * Like {@link #seed(EventSeed, String)}, filing a seed that names no account under {@code defaultAccount}.
     *
     * @param seed the event
     * @param defaultRegion the Region of a seed that names none
     * @param defaultAccount the account of a seed that names none
     */
    public void seed(EventSeed seed, String defaultRegion, String defaultAccount) {
        String account = seed.accountId().orElse(defaultAccount);
        if (!AccountIds.isValid(account)) {
            throw new IllegalArgumentException("accountId '" + account + "' is not an account ID: it must be 12 digits.");
        }
        String region = seed.region().orElse(defaultRegion);
        if (!RegionNames.isValid(region)) {
            throw new IllegalArgumentException("region '" + region + "' is not a Region name such as us-east-1.");
        }
        Instant time = seed.time().orElseGet(clock::instant);
        String eventId = seed.eventId().orElseGet(RandomIds::uuid);
        ParsedEvent event = seed.category() == EventSeed.Category.INSIGHT
                ? reader(region).read(RecordWriter.insight(seed, account, region, time, eventId), seed.toString())
                        .get(0)
                : fields(region).ofCall(new RecordWriter.ApiCall(new Caller(account, region, account).partition(),
                        account, region, seed.accessKeyId().orElse(account), seed.username(), time, seed.eventSource(),
                        seed.eventName(), seed.readOnly(), "127.0.0.1", "mock-cloudtrail/seed", RandomIds.uuid(),
                        eventId, null, null, null, null, seed.resources().stream()
                                .map(resource -> new ResourceRef(resource.type(), resource.name()))
                                .toArray(ResourceRef[]::new)));
        add(List.of(event), seedsCount);
    }

    /**
     * Records one of the mock's own calls; does nothing while recording is off. Its event ID is a fresh random
     * UUID, so it is not checked against the IDs the history holds, and it goes straight to its log's tail:
     * this runs on every call the mock serves.
     */
    void record(RecordWriter.ApiCall call) {
        if (!recording) {
            return;
        }
        ParsedEvent event = fields(call.region()).ofCall(call);
        lock.lock();
        try {
            RegionHistory history = historyOf(event.account(), event.region());
            history.append(event.category(), new StoredEvent(event, ++lastSeq, history.nextCapSeq()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The history of the account and Region, made if there is none; called holding the lock. The account and Region
     * of a recorded call are interned, so the last one is recognised by identity, without hashing.
     */
    private RegionHistory historyOf(String account, String region) {
        Recent last = recent;
        if (last != null && last.account == account && last.region == region) {
            return last.history;
        }
        RegionHistory history = regions.computeIfAbsent(new AccountRegion(account, region), k -> new RegionHistory(cap));
        recent = new Recent(account, region, history);
        return history;
    }

    /**
     * The number of events held for an account and Region, of every category (data events too).
     *
     * @param account the account
     * @param region the Region
     * @return the number of events
     */
    public long size(String account, String region) {
        lock.lock();
        try {
            RegionHistory history = regions.get(new AccountRegion(account, region));
            if (history == null) {
                return 0;
            }
            long size = 0;
            for (EventCategory category : EventCategory.values()) {
                size += history.size(category);
            }
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** {@return how far back {@code LookupEvents} looks from the mock's clock; zero means no limit} */
    public Duration lookupWindow() {
        return lookupWindow;
    }

    /**
     * Sets how far back {@code LookupEvents} looks; {@link Duration#ZERO} looks at events of any age.
     *
     * @param window the window
     */
    public void setLookupWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("The lookup window must not be negative, but was " + window);
        }
        this.lookupWindow = window;
    }

    /** {@return whether the mock's own API calls are recorded} */
    public boolean isRecording() {
        return recording;
    }

    /**
     * Switches recording of the mock's own API calls on or off.
     *
     * @param recording whether to record
     */
    public void setRecording(boolean recording) {
        this.recording = recording;
    }

    /** Deletes every event. */
    public void clear() {
        lock.lock();
        try {
            regions = new HashMap<>();
            recent = null;
        } finally {
            lock.unlock();
        }
    }

    /** {@return an immutable copy of the history that shares its events; costs O(accounts x Regions)} */
    public Snapshot snapshot() {
        lock.lock();
        try {
            Map<AccountRegion, RegionHistory.Frozen> frozen = new HashMap<>();
            regions.forEach((key, history) -> frozen.put(key, history.freeze()));
            return new Snapshot(frozen, lastSeq, lookupWindow, recording);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts the history back to a snapshot, of this history or of another engine's; the snapshot stays reusable.
     *
     * @param snapshot the snapshot
     */
    public void restore(Snapshot snapshot) {
        lock.lock();
        try {
            Map<AccountRegion, RegionHistory> restored = new HashMap<>();
            snapshot.regions.forEach((key, frozen) -> restored.put(key, frozen.thaw()));
            regions = restored;
            recent = null;
            lastSeq = snapshot.lastSeq;
            lookupWindow = snapshot.lookupWindow;
            recording = snapshot.recording;
        } finally {
            lock.unlock();
        }
    }

    /** The sequence number of the latest event: a page token's watermark. */
    long lastSeq() {
        lock.lock();
        try {
            return lastSeq;
        } finally {
            lock.unlock();
        }
    }

    List<StoredEvent> page(String account, String region, HistoryQuery query, int limit) {
        lock.lock();
        try {
            RegionHistory history = regions.get(new AccountRegion(account, region));
            return history == null ? List.of() : history.page(query, limit);
        } finally {
            lock.unlock();
        }
    }

    /** Adds seeded events, skipping those whose IDs their account and Region hold already. */
    private int add(List<ParsedEvent> events, boolean counted) {
        Map<AccountRegion, Map<EventCategory, List<ParsedEvent>>> grouped = new LinkedHashMap<>();
        for (ParsedEvent event : events) {
            grouped.computeIfAbsent(new AccountRegion(event.account(), event.region()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(event.category(), k -> new ArrayList<>()).add(event);
        }
        lock.lock();
        try {
            int added = 0;
            for (var byRegion : grouped.entrySet()) {
                RegionHistory history = regions.computeIfAbsent(byRegion.getKey(), k -> new RegionHistory(cap));
                for (var byCategory : byRegion.getValue().entrySet()) {
                    added += add(history, byCategory.getKey(), byCategory.getValue(), counted);
                }
            }
            return added;
        } finally {
            lock.unlock();
        }
    }

    private int add(RegionHistory history, EventCategory category, List<ParsedEvent> events, boolean counted) {
        Set<String> batchIds = new HashSet<>();
        List<StoredEvent> fresh = new ArrayList<>(events.size());
        for (ParsedEvent event : events) {
            if (batchIds.add(event.eventId()) && !history.containsEventId(category, event.eventId())) {
                fresh.add(new StoredEvent(event, ++lastSeq, counted ? history.nextCapSeq() : -1));
            }
        }
        if (fresh.size() >= SEGMENT_BATCH) {
            history.addSegment(category, Segment.of(fresh).indexed());
        } else {
            fresh.forEach(event -> history.append(category, event));
        }
        return fresh.size();
    }

    private RecordReader reader(String defaultRegion) {
        return new RecordReader(fields(defaultRegion));
    }

    private RecordFields fields(String defaultRegion) {
        return new RecordFields(interner, defaultAccount, Objects.requireNonNull(defaultRegion));
    }

    private static List<Path> files(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            if (!Files.isRegularFile(fileOrFolder)) {
                throw new IllegalArgumentException("No such file or folder: " + fileOrFolder.toAbsolutePath());
            }
            return List.of(fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile).filter(EventHistory::isRecordFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot list " + fileOrFolder + ": " + e.getMessage(), e);
        }
    }

    /** Files a folder seed reads: JSON, JSON lines, and their gzipped forms. */
    static boolean isRecordFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return plain.endsWith(".json") || plain.endsWith(".jsonl") || plain.endsWith(".ndjson");
    }

    /**
     * An immutable copy of an event history, to restore into the same or another engine.
     *
     * <pre>{@code
     * EventHistory.Snapshot baseline = history.snapshot();
     * history.restore(baseline);
     * }</pre>
     */
    public static final class Snapshot {
        private final Map<AccountRegion, RegionHistory.Frozen> regions;
        private final long lastSeq;
        private final Duration lookupWindow;
        private final boolean recording;

        private Snapshot(Map<AccountRegion, RegionHistory.Frozen> regions, long lastSeq, Duration lookupWindow,
                boolean recording) {
            this.regions = Map.copyOf(regions);
            this.lastSeq = lastSeq;
            this.lookupWindow = lookupWindow;
            this.recording = recording;
        }
    }

    private record AccountRegion(String account, String region) {
    }

    private record Recent(String account, String region, RegionHistory history) {
    }
}
