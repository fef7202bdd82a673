package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MANAGEMENT_ONLY_SELECTOR;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@SelectorTrails
class LiveTrailAssert_doesNotLogManagementEventsFrom_Test {

    @Test
    void should_pass_if_trail_excludes_the_source(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms")
                .doesNotLogManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_logs_no_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("data-only")
                .doesNotLogManagementEventsFrom("iam.amazonaws.com"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_selector_logs_the_sources_management_events(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("management-only")
                .doesNotLogManagementEventsFrom("kms.amazonaws.com"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "management-only" not to log management events from kms.amazonaws.com, but it would log these:
                  read-only ones: matched by %1$s
                  write ones: matched by %1$s
                Event selectors of trail "management-only":
                  %1$s""".formatted(MANAGEMENT_ONLY_SELECTOR));
    }
}
