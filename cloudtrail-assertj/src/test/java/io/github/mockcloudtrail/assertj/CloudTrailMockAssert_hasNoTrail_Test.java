package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;

import io.github.mockcloudtrail.CloudTrailMock;
import org.junit.jupiter.api.Test;

@AuditTrails
class CloudTrailMockAssert_hasNoTrail_Test {

    @Test
    void should_pass_once_the_mock_is_reset(CloudTrailMock mock) {
        // GIVEN
        mock.reset();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).hasNoTrail("org-audit").hasNoTrail("app-trail"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_the_trails_configuration_if_the_mock_holds_it(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).hasNoTrail("app-trail"));
        // THEN
        outcome.shouldFailWith("""
                Expecting no trail "app-trail" in us-east-1, but there is one.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
