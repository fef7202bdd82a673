package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.DECRYPT_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_hasEventSource_Test {

    @Test
    void should_pass_if_event_comes_from_the_service(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).hasEventSource("kms.amazonaws.com"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_event_comes_from_another_service(CloudTrailClient cloudTrail) {
        // GIVEN
        Event decrypt = newest(cloudTrail, "Decrypt");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(decrypt).hasEventSource("s3.amazonaws.com"));
        // THEN
        outcome.shouldFailWith("""
                Expecting event "Decrypt" of 2024-03-01T11:30:00Z to come from "s3.amazonaws.com", \
                but it comes from "kms.amazonaws.com".
                """ + DECRYPT_DETAILS);
    }
}
