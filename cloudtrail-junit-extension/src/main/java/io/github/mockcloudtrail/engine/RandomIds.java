package io.github.mockcloudtrail.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version 4 UUIDs for request and event IDs, from {@link ThreadLocalRandom}: they only need to be unique,
 * not unguessable, and {@link UUID#randomUUID()} draws on a shared {@code SecureRandom}, which every request would
 * otherwise queue for.
 *
 * <pre>{@code
 * String requestId = RandomIds.uuid(); // such as "3f1c2a9e-7b4d-4e0f-9a61-2c8d5e7f1b03"
 * }</pre>
 */
public final class RandomIds {
    private static final long VERSION_4 = 0x4000L;
    private static final long VERSION_MASK = 0xffffffffffff0fffL;
    private static final long IETF_VARIANT = 0x8000000000000000L;
    private static final long VARIANT_MASK = 0x3fffffffffffffffL;

    private RandomIds() {
    }

    /** @return a fresh random version 4 UUID in its canonical 36-character form */
    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & VERSION_MASK | VERSION_4;
        long low = random.nextLong() & VARIANT_MASK | IETF_VARIANT;
        return new UUID(high, low).toString();
    }
}
