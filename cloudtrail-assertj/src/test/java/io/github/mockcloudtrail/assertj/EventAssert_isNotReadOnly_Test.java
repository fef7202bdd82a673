package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DECRYPT_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_isNotReadOnly_Test {

    @Test
    void should_pass_if_the_call_wrote(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).isNotReadOnly());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_call_only_read(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).isNotReadOnly());
        // THEN
        outcome.shouldFailWith("""
                Expecting event "Decrypt" of 2024-03-01T11:30:00Z to be a write, but it is read-only.
                """ + DECRYPT_DETAILS);
    }
}
