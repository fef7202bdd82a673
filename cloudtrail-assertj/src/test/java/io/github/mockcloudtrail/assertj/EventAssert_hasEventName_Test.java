package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DECRYPT_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_hasEventName_Test {

    @Test
    void should_pass_if_event_has_the_name(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).hasEventName("Decrypt"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_event_has_another_name(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).hasEventName("Encrypt"));
        // THEN
        outcome.shouldFailWith("""
                Expecting event "Decrypt" of 2024-03-01T11:30:00Z to be named "Encrypt", but it is not.
                """ + DECRYPT_DETAILS);
    }

    @Test
    void should_fail_if_event_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((Event) null).hasEventName("Decrypt"));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
