package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_isReadOnly_Test {

    @Test
    void should_pass_if_the_call_only_read(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).isReadOnly());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_call_wrote(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).isReadOnly());
        // THEN
        outcome.shouldFailWith("""
                Expecting event "StopLogging" of 2024-03-01T10:00:00Z to be read-only, but it is not.
                """ + STOP_LOGGING_DETAILS);
    }
}
