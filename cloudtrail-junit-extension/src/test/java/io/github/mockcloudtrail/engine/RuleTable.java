package io.github.mockcloudtrail.engine;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Rows of a table of broken rules for a {@code @MethodSource}: the rule, the request's list member that breaks
 * it, and the start of the message CloudTrail answers with.
 *
 * <pre>{@code
 * static Stream<Arguments> invalidSelectors() {
 *     return Stream.of(invalid("a ReadWriteType CloudTrail does not know",
 *             EventSelector.builder().readWriteType("read-only").build(), "Event selector 1: ReadWriteType"));
 * }
 * }</pre>
 */
final class RuleTable {
    private RuleTable() {
    }

    /** A row whose list holds one element. */
    static <T> Arguments invalid(String rule, T element, String message) {
        return invalid(rule, List.of(element), message);
    }

    static <T> Arguments invalid(String rule, List<T> elements, String message) {
        return Arguments.of(rule, elements, message);
    }
}
