package io.github.mockcloudtrail.engine.history;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one instance of each repeated value (event names, sources, user names, access keys) between
 * the events that carry it, so a million events cost the heap only their distinct values. It stops
 * growing at a fixed size; later values are kept as they are.
 */
final class Interner {
    private static final int MAX_VALUES = 200_000;

    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    String intern(String value) {
        if (value == null) {
            return null;
        }
        String shared = values.get(value);
        if (shared != null) {
            return shared;
        }
        if (values.size() >= MAX_VALUES) {
            return value;
        }
        shared = values.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
