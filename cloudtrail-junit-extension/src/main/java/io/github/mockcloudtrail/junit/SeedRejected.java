package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.TrailSeed;

/**
 * Why a seed cannot be created: a CloudTrail error code and rule, or a bad account or Region.
 *
 * <pre>{@code
 * throw new SeedRejected(seed, "InvalidTrailNameException: ...", cause);
 * }</pre>
 */
final class SeedRejected extends IllegalArgumentException {
    private final String reason;

    SeedRejected(TrailSeed seed, String reason, Throwable cause) {
        super("Trail '" + seed.name() + "' cannot be seeded: " + reason, cause);
        this.reason = reason;
    }

    /** The reason alone, without the trail's name. */
    String reason() {
        return reason;
    }
}
