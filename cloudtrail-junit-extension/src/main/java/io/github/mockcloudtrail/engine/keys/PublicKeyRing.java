package io.github.mockcloudtrail.engine.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest-signing keys of every account and Region: a 2048-bit RSA key pair per account, Region and
 * rotation period of {@link #ROTATION_PERIOD} on the mock's clock (periods start at multiples of it
 * since the epoch), as CloudTrail uses one key pair per Region.
 *
 * <p>A key exists for a period once it has been used in it: {@code ListPublicKeys} uses the current key
 * (as digest signing will). Key pairs are generated lazily, the first time a period needs one, never at
 * start or on other requests, and are kept for the life of the ring: which keys exist is state that
 * {@link #snapshot()} and {@link #restore} cover, while the key material of a period stays the same
 * across restores. Thread-safe.
 *
 * <pre>{@code
 * PublicKeyRing keys = engine.keys();
 * SigningKey current = keys.current("123456789012", "us-east-1");
 * List<SigningKey> lastYear = keys.validIn("123456789012", "us-east-1", start, end);
 * }</pre>
 */
public final class PublicKeyRing {
    /** How long each key pair is valid before the next one takes over. */
    public static final Duration ROTATION_PERIOD = Duration.ofDays(30);
    static final int KEY_SIZE = 2048;

    private final Clock clock;
    private final Map<PeriodKey, SigningKey> material;
    /** Which periods have a key, per account and Region; replaced, never changed, so snapshots can share it. */
    private volatile Map<String, NavigableSet<Long>> issued = Map.of();

    /**
     * An empty ring.
     *
     * @param clock decides the current period
     */
    public PublicKeyRing(Clock clock) {
        this(clock, new ConcurrentHashMap<>());
    }

    private PublicKeyRing(Clock clock, Map<PeriodKey, SigningKey> material) {
        this.clock = clock;
        this.material = material;
    }

    /**
     * The key of the current period, generated if this is its first use.
     *
     * @param account the account
     * @param region the Region
     * @return the key
     */
    public SigningKey current(String account, String region) {
        long period = periodOf(clock.instant());
        synchronized (this) {
            String scope = scope(account, region);
            NavigableSet<Long> periods = issued.getOrDefault(scope, new TreeSet<>());
            if (!periods.contains(period)) {
                NavigableSet<Long> grown = new TreeSet<>(periods);
                grown.add(period);
                Map<String, NavigableSet<Long>> next = new HashMap<>(issued);
                next.put(scope, grown);
                issued = Map.copyOf(next);
            }
        }
        return key(account, region, period);
    }

    /**
     * The keys of the account and Region whose validity overlaps the range, oldest first.
     *
     * @param account the account
     * @param region the Region
     * @param start the start of the range
     * @param end the end of the range
     * @return the keys
     */
    public List<SigningKey> validIn(String account, String region, Instant start, Instant end) {
        List<SigningKey> keys = new ArrayList<>();
        for (long period : issued.getOrDefault(scope(account, region), new TreeSet<>())) {
            SigningKey key = key(account, region, period);
            if (key.overlaps(start, end)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** {@return which keys exist; the key material itself is shared with the ring} */
    public Snapshot snapshot() {
        return new Snapshot(issued, material);
    }

    /**
     * Puts back the keys that existed at the snapshot, of this ring or of another engine's.
     *
     * @param snapshot the snapshot
     */
    public void restore(Snapshot snapshot) {
        synchronized (this) {
            issued = snapshot.issued;
            snapshot.material.forEach(material::putIfAbsent);
        }
    }

    /** Forgets which keys exist (the material of a period is reused if it is needed again). */
    public void clear() {
        synchronized (this) {
            issued = Map.of();
        }
    }

    private SigningKey key(String account, String region, long period) {
        return material.computeIfAbsent(new PeriodKey(account, region, period), PublicKeyRing::generate);
    }

    private static SigningKey generate(PeriodKey key) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            Instant start = Instant.EPOCH.plus(ROTATION_PERIOD.multipliedBy(key.period()));
            return new SigningKey(start, start.plus(ROTATION_PERIOD), generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }

    private static long periodOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), ROTATION_PERIOD.getSeconds());
    }

    private static String scope(String account, String region) {
        return account + "/" + region;
    }

    private record PeriodKey(String account, String region, long period) {
    }

    /**
     * Which keys a ring held, to restore later.
     *
     * <pre>{@code
     * PublicKeyRing.Snapshot before = keys.snapshot();
     * keys.restore(before);
     * }</pre>
     */
    public static final class Snapshot {
        private final Map<String, NavigableSet<Long>> issued;
        private final Map<PeriodKey, SigningKey> material;

        private Snapshot(Map<String, NavigableSet<Long>> issued, Map<PeriodKey, SigningKey> material) {
            this.issued = issued;
            this.material = material;
        }
    }
}
