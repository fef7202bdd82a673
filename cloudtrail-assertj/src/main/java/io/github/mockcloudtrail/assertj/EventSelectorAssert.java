package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldExcludeManagementEventsFrom;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldHaveDataResource;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldHaveNoDataResources;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldHaveReadWriteType;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldIncludeManagementEvents;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveSelectorSetting.shouldNotIncludeManagementEvents;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Assertions on one basic event selector, as configured: its {@code ReadWriteType}, management events and
 * data resources. Reached from a trail's selectors ({@code eventSelectors().selector(0)}), where failures
 * name the trail and the selector's number, or asserted on directly.
 *
 * <pre><code class='java'> assertThat(cloudTrail).trail("payroll-audit").eventSelectors()
 *     .selector(0)
 *         .hasReadWriteType(ReadWriteType.WRITE_ONLY)
 *         .includesManagementEvents()
 *         .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/")
 *     .returnToSelectors()
 *     .hasSize(1);</code></pre>
 *
 * <p>For what the selector would log, assert on the trail or its selectors ({@code wouldLog},
 * {@code logsDataEventsFor}): those decide it as CloudTrail does, from all selectors together.
 */
public class EventSelectorAssert extends AbstractSelectorAssert<EventSelectorAssert, EventSelector> {

    /**
     * Assertions on a basic event selector; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public EventSelectorAssert(EventSelector actual) {
        super(actual, EventSelectorAssert.class);
    }

    /**
     * Verifies the selector's {@code ReadWriteType}; a selector without one counts as {@code All}, as
     * CloudTrail's default.
     *
     * <pre><code class='java'> assertThat(selector).hasReadWriteType(ReadWriteType.WRITE_ONLY);</code></pre>
     *
     * @param readWriteType the expected type
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has another {@code ReadWriteType}
     */
    public EventSelectorAssert hasReadWriteType(ReadWriteType readWriteType) {
        return check(selector -> {
            ReadWriteType actualType = selector.readWriteType() == null ? ReadWriteType.ALL : selector.readWriteType();
            if (actualType != readWriteType) {
                throw assertionError(shouldHaveReadWriteType(trail, index, selector, String.valueOf(readWriteType)));
            }
        });
    }

    /**
     * Verifies that the selector includes management events ({@code IncludeManagementEvents} true or absent,
     * CloudTrail's default).
     *
     * <pre><code class='java'> assertThat(selector).includesManagementEvents();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector does not include management events
     */
    public EventSelectorAssert includesManagementEvents() {
        return check(selector -> !Boolean.FALSE.equals(selector.includeManagementEvents()),
                selector -> shouldIncludeManagementEvents(trail, index, selector));
    }

    /**
     * Verifies that the selector does not include management events ({@code IncludeManagementEvents} false).
     *
     * <pre><code class='java'> assertThat(selector).doesNotIncludeManagementEvents();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector includes management events
     */
    public EventSelectorAssert doesNotIncludeManagementEvents() {
        return check(selector -> Boolean.FALSE.equals(selector.includeManagementEvents()),
                selector -> shouldNotIncludeManagementEvents(trail, index, selector));
    }

    /**
     * Verifies that the selector excludes the management events of this service
     * ({@code ExcludeManagementEventSources}).
     *
     * <pre><code class='java'> assertThat(selector).excludesManagementEventsFrom("kms.amazonaws.com");</code></pre>
     *
     * @param eventSource the service, such as {@code kms.amazonaws.com}
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector does not exclude the service's management events
     */
    public EventSelectorAssert excludesManagementEventsFrom(String eventSource) {
        return check(selector -> selector.excludeManagementEventSources().contains(eventSource),
                selector -> shouldExcludeManagementEventsFrom(trail, index, selector, eventSource));
    }

    /**
     * Verifies that the selector has a data resource of this type with exactly these values, in any order.
     *
     * <pre><code class='java'>
     * assertThat(selector)
     *     .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/", "arn:aws:s3:::hr/");</code></pre>
     *
     * @param type the resource type, such as {@code AWS::S3::Object}
     * @param values the data resource's values, such as {@code arn:aws:s3:::payroll/}
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has no data resource of this type with exactly these values
     */
    public EventSelectorAssert hasDataResource(String type, String... values) {
        Set<String> expected = Set.copyOf(List.of(values));
        return check(selector -> {
            boolean found = selector.dataResources().stream().anyMatch(resource -> Objects.equals(type, resource.type())
                    && resource.values().size() == values.length && Set.copyOf(resource.values()).equals(expected));
            if (!found) {
                throw assertionError(shouldHaveDataResource(trail, index, selector, type, List.of(values)));
            }
        });
    }

    /**
     * Verifies that the selector logs no data events: it has no data resources.
     *
     * <pre><code class='java'> assertThat(selector).hasNoDataResources();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the selector is null
     * @throws AssertionError if the selector has data resources
     */
    public EventSelectorAssert hasNoDataResources() {
        return check(selector -> selector.dataResources().isEmpty(),
                selector -> shouldHaveNoDataResources(trail, index, selector));
    }
}
