package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import org.junit.jupiter.api.Test;

@AuditTrails
class CloudTrailMockAssert_hasTrail_Test {

    @Test
    void should_pass_if_the_mock_holds_the_trail(CloudTrailMock mock) {
        // GIVEN
        mock.seedTrail(TrailSeed.named("scratch").s3BucketName("scratch-logs").build());
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).hasTrail("scratch").hasTrail("org-audit"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_listing_the_trails_that_exist_if_the_mock_does_not_hold_it(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).hasTrail("nope"));
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }
}
