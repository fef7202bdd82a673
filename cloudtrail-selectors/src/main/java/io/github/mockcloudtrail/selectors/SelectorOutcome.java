package io.github.mockcloudtrail.selectors;

import java.util.Optional;

/**
 * How one selector judged an event.
 *
 * @param selector the selector as it reads, such as {@code event selector 1 (ReadWriteType All; ...)}
 * @param mismatch why it does not match; empty when it matches
 */
record SelectorOutcome(String selector, Optional<String> mismatch) {
    boolean matched() {
        return mismatch.isEmpty();
    }

    @Override
    public String toString() {
        return selector + ": " + mismatch.orElse("matches");
    }
}
