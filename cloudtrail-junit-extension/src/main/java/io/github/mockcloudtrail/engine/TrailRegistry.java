package io.github.mockcloudtrail.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every trail of every account and Region in one mock, keyed by ARN.
 *
 * <p>Shadow trails are not stored: a multi-Region or organization trail is one entry whose
 * visibility {@link TrailScope} computes. The map is sorted by ARN, which gives {@code ListTrails} a
 * stable order to page through.
 */
final class TrailRegistry {
    private final TreeMap<String, TrailState> byArn = new TreeMap<>();

    Optional<TrailState> find(TrailArn arn) {
        return Optional.ofNullable(byArn.get(arn.toString()));
    }

    Collection<TrailState> all() {
        return Collections.unmodifiableCollection(byArn.values());
    }

    void add(TrailState trail) {
        byArn.put(trail.arn.toString(), trail);
    }

    void remove(TrailState trail) {
        byArn.remove(trail.arn.toString());
    }

    void clear() {
        byArn.clear();
    }

    /** Replaces the content with deep copies of another registry's trails. */
    void replaceWith(TrailRegistry other) {
        byArn.clear();
        other.byArn.values().forEach(trail -> add(trail.copy()));
    }

    TrailRegistry copy() {
        TrailRegistry copy = new TrailRegistry();
        copy.replaceWith(this);
        return copy;
    }
}
