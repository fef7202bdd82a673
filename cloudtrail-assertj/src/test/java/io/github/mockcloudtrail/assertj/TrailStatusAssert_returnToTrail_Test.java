package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

@AuditTrails
class TrailStatusAssert_returnToTrail_Test {

    @Test
    void should_return_to_the_trail_the_status_was_reached_from(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").status().isLogging()
                .returnToTrail().deliversTo("audit-logs"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_keep_failing_on_the_trail_after_returning(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").status().isLogging()
                .returnToTrail().hasTag("owner", "platform"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have tag owner=platform, but its tags are: owner=security, cost-center=42.""");
    }

    @Test
    void should_refuse_if_the_status_was_not_reached_from_a_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));
        // WHEN / THEN
        assertThatIllegalStateException().isThrownBy(() -> CloudTrailAssertions.assertThat(status).returnToTrail())
                .withMessage("There is no LiveTrailAssert to return to: these assertions were not reached by "
                        + "LiveTrailAssert.status()");
    }
}
