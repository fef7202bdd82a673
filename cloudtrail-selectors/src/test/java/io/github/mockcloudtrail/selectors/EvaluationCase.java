package io.github.mockcloudtrail.selectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of an evaluator case table: selectors, an event, whether the trail logs it and a fragment of
 * the explanation that says why.
 *
 * <pre>{@code
 * new EvaluationCase("write-only selector, RunInstances", SelectorEvaluator.ofEventSelectors(List.of(writeOnly)),
 *         runInstances, true, "event selector 1");
 * }</pre>
 *
 * @param name what the row shows, for the test report
 * @param because text the verdict's explanation must contain
 */
record EvaluationCase(String name, SelectorEvaluator selectors, EventDescription event, boolean logged, String because) {
    void check() {
        SelectorVerdict verdict = selectors.explain(event);
        assertThat(verdict.logged()).as("%s", verdict).isEqualTo(logged);
        assertThat(selectors.wouldLog(event)).isEqualTo(logged);
        assertThat(verdict.toString()).startsWith(logged ? "would log " : "would not log ").contains(because);
    }

    @Override
    public String toString() {
        return name;
    }
}
