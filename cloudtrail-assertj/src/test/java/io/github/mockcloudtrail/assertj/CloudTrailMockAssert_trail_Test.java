package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;

import io.github.mockcloudtrail.CloudTrailMock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@AuditTrails
class CloudTrailMockAssert_trail_Test {

    @Test
    void should_lead_to_the_trail_through_clients_built_from_the_handle(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).trail("org-audit")
                .isLogging().hasTag("owner", "security").logsManagementEvents(ReadWriteType.ALL)
                .status().hasNoDeliveryErrors());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_once_listing_the_trails_that_exist_if_the_trail_does_not(CloudTrailMock mock) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(mock).trail("nope").isLogging());
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }

    @Test
    void should_fail_once_if_the_handle_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((CloudTrailMock) null).trail("org-audit").isLogging());
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
