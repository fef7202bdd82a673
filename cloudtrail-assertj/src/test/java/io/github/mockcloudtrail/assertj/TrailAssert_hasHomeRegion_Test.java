package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
class TrailAssert_hasHomeRegion_Test {

    @Test
    void should_pass_if_trail_was_created_in_the_region(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).hasHomeRegion("us-east-1"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_was_created_in_another_region(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "org-audit");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).hasHomeRegion("eu-west-1"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have home Region "eu-west-1", but its home Region is "us-east-1".
                """ + ORG_AUDIT_CONFIGURATION);
    }
}
