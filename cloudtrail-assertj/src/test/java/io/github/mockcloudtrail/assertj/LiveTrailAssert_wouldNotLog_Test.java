package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_MANAGEMENT_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_PAYROLL_SELECTOR;
import static io.github.mockcloudtrail.assertj.Fixtures.NO_KMS_SELECTOR;

import io.github.mockcloudtrail.selectors.EventDescription;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@SelectorTrails
class LiveTrailAssert_wouldNotLog_Test {
    private static final EventDescription DECRYPT = EventDescription.management("kms.amazonaws.com", "Decrypt").readOnly(true).build();

    @Test
    void should_pass_if_no_selector_matches_the_described_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms").wouldNotLog(DECRYPT));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_selector_matches_the_described_event(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("fine-grained").wouldNotLog(DECRYPT));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" not to log the event, but its selectors
                would log kms.amazonaws.com Decrypt (Management, read-only):
                  matched by %1$s
                Event selectors of trail "fine-grained":
                  %1$s
                  %2$s""".formatted(FINE_GRAINED_MANAGEMENT_SELECTOR, FINE_GRAINED_PAYROLL_SELECTOR));
    }

    @Test
    void should_read_an_event_lookup_events_returned(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name("no-kms"));
        Event stop = Fixtures.newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft passing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("data-only").wouldNotLog(stop));
        HardAndSoft failing = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("no-kms").wouldNotLog(stop));
        // THEN
        passing.shouldPass();
        failing.shouldFailWith("""
                Expecting trail "no-kms" not to log the event, but its selectors
                would log cloudtrail.amazonaws.com StopLogging (Management, write) \
                on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/no-kms:
                  matched by %1$s
                Event selectors of trail "no-kms":
                  %1$s""".formatted(NO_KMS_SELECTOR));
    }
}
