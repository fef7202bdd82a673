package io.github.mockcloudtrail.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every trail of every account and Region in one mock, keyed by ARN.
 *
 * <p>Shadow trails are not stored: a multi-Region or organization trail is one entry whose
 * visibility {@link TrailScope} computes. The map is sorted by ARN, which gives {@code ListTrails} a
 * stable order to page through; lookups go through a hash index by the ARN's parts, which spares every call that
 * names a trail the making of its ARN's text.
 */
final class TrailRegistry {
    private final TreeMap<String, TrailState> byArn = new TreeMap<>();
    private final Map<TrailArn, TrailState> index = new HashMap<>();

    Optional<TrailState> find(TrailArn arn) {
        return Optional.ofNullable(index.get(arn));
    }

    Collection<TrailState> all() {
        return Collections.unmodifiableCollection(byArn.values());
    }

    void add(TrailState trail) {
        byArn.put(trail.arn.toString(), trail);
        index.put(trail.arn, trail);
    }

    void remove(TrailState trail) {
        byArn.remove(trail.arn.toString());
        index.remove(trail.arn);
    }

    void clear() {
        byArn.clear();
        index.clear();
    }

    /** Replaces the content with deep copies of another registry's trails. */
    void replaceWith(TrailRegistry other) {
        clear();
        other.byArn.values().forEach(trail -> add(trail.copy()));
    }

    TrailRegistry copy() {
        TrailRegistry copy = new TrailRegistry();
        copy.replaceWith(this);
        return copy;
    }
}
