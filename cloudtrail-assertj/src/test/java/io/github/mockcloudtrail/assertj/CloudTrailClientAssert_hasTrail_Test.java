package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class CloudTrailClientAssert_hasTrail_Test {

    @Test
    void should_pass_if_cloudtrail_knows_the_trail(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).hasTrail("org-audit").hasTrail(Fixtures.APP_TRAIL_ARN));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_listing_the_trails_that_exist_if_cloudtrail_does_not_know_it(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).hasTrail("nope"));
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }
}
