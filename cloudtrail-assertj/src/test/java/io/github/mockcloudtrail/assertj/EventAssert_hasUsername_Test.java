package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.STOP_LOGGING_DETAILS;
import static io.github.mockcloudtrail.assertj.Fixtures.newest;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;

@AuditHistory
class EventAssert_hasUsername_Test {

    @Test
    void should_pass_if_the_user_made_the_call(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).hasUsername("mallory"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_another_user_made_the_call(CloudTrailClient cloudTrail) {
        // GIVEN
        Event stop = newest(cloudTrail, "StopLogging");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(stop).hasUsername("alice"));
        // THEN
        outcome.shouldFailWith("""
                Expecting event "StopLogging" of 2024-03-01T10:00:00Z to be made by "alice", but it was made by "mallory".
                """ + STOP_LOGGING_DETAILS);
    }
}
