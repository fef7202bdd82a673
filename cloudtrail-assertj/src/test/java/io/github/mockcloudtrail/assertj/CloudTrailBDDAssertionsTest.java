package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.CloudTrailBDDAssertions.then;
import static io.github.mockcloudtrail.assertj.CloudTrailBDDAssertions.thenEvents;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class CloudTrailBDDAssertionsTest {

    @Test
    void then_reads_as_given_when_then(CloudTrailClient cloudTrail) {
        // GIVEN
        String trail = "org-audit";
        // WHEN
        cloudTrail.stopLogging(r -> r.name(trail));
        // THEN
        then(cloudTrail).trail(trail).isNotLogging().isMultiRegion();
        then(cloudTrail.getTrailStatus(r -> r.name(trail))).isNotLogging();
        thenEvents(cloudTrail.lookupEvents(r -> { }).events()).containsEventNamed("StopLogging");
    }

    @Test
    void then_fails_as_assertThat_does(CloudTrailClient cloudTrail) {
        // WHEN
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> then(cloudTrail).trail("app-trail").isLogging());
        // THEN
        org.assertj.core.api.BDDAssertions.then(failure).hasMessage("""
                %nExpecting trail "app-trail" to be logging, but it is not.
                Status of trail "app-trail":
                  logging: no""".formatted().replace("\n", System.lineSeparator()));
    }
}
