package io.github.mockcloudtrail.assertj;

/**
 * The base of the assertions on one event selector, basic or advanced: where the selector stands in its
 * trail's selectors, which failure messages name ("event selector 2 of trail "org-audit""), and the way
 * back to those selectors.
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("org-audit").eventSelectors()
 *     .selector(1).hasNoDataResources()
 *     .returnToSelectors().hasSize(2);</code></pre>
 *
 * @param <SELF> the assertion class itself
 * @param <ACTUAL> the selector type
 */
public abstract class AbstractSelectorAssert<SELF extends AbstractSelectorAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractCloudTrailAssert<SELF, ACTUAL> {
    /** The trail's name or ARN, and the selector's position from 0; null unless reached from the trail's selectors. */
    String trail;
    Integer index;

    /**
     * For subclasses: assertions on {@code actual}.
     *
     * @param actual the value to check
     * @param selfType the concrete assertion class
     */
    protected AbstractSelectorAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    SELF placeIn(String trail, Integer index) {
        this.trail = trail;
        this.index = index;
        return myself;
    }

    /**
     * Leads back to the trail's selectors this selector was reached from.
     *
     * <pre><code class='java'>
     * assertThat(selectors).selector(0).includesManagementEvents().returnToSelectors().selector(1)
     *     .hasNoDataResources();</code></pre>
     *
     * @return the selectors' assertion object
     * @throws IllegalStateException if the selector was not reached from {@link EventSelectorsAssert}
     */
    public EventSelectorsAssert returnToSelectors() {
        return origin(EventSelectorsAssert.class, "EventSelectorsAssert.selector(int) or advancedSelector(...)");
    }
}
