package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_CONFIGURATION;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class CloudTrailClientAssert_hasNoTrail_Test {

    @Test
    void should_pass_if_cloudtrail_does_not_know_the_trail(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.deleteTrail(r -> r.name("app-trail"));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).hasNoTrail("app-trail").hasNoTrail("nope"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_the_trails_configuration_if_cloudtrail_knows_it(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).hasNoTrail("org-audit"));
        // THEN
        outcome.shouldFailWith("""
                Expecting no trail "org-audit" in us-east-1, but there is one.
                """ + ORG_AUDIT_CONFIGURATION);
    }
}
