package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_MANAGEMENT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

@SelectorTrails
class EventSelectorsAssert_doesNotLogManagementEventsFrom_Test {

    @Test
    void should_pass_if_selectors_exclude_the_source(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "no-kms");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).doesNotLogManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_an_advanced_selector_logs_the_sources_management_events(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).doesNotLogManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" not to log management events from kms.amazonaws.com, but it would log these:
                  read-only ones: matched by %1$s
                  write ones: matched by %1$s
                """.formatted(FINE_GRAINED_MANAGEMENT_SELECTOR) + FINE_GRAINED_SELECTORS);
    }
}
