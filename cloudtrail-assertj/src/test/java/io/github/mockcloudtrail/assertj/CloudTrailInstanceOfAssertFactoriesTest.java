package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.EVENT;
import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.EVENT_LIST;
import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.GET_TRAIL_RESPONSE;
import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.TRAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

@AuditTrails
class CloudTrailInstanceOfAssertFactoriesTest {

    @Test
    void turn_assertjs_assertions_into_cloudtrail_ones(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.stopLogging(r -> r.name("app-trail"));
        LookupEventsResponse page = cloudTrail.lookupEvents(r -> { });
        // WHEN / THEN
        assertThat(cloudTrail.describeTrails().trailList()).filteredOn(trail -> trail.name().equals("org-audit"))
                .first(TRAIL).isMultiRegion().deliversTo("audit-logs", "org/");
        assertThat(Map.of("org-audit", cloudTrail.getTrail(r -> r.name("org-audit"))))
                .extractingByKey("org-audit", GET_TRAIL_RESPONSE).hasLogFileValidationEnabled();
        assertThat(page).extracting(LookupEventsResponse::events, EVENT_LIST).containsEventNamed("StopLogging");
        assertThat(page.events()).element(0, EVENT).hasEventName("StopLogging");
    }

    @Test
    void fail_with_the_cloudtrail_message(CloudTrailClient cloudTrail) {
        // WHEN
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> assertThat(cloudTrail.describeTrails().trailList())
                .filteredOn(trail -> trail.name().equals("app-trail")).first(TRAIL).isMultiRegion());
        // THEN
        assertThat(failure).hasMessageStartingWith("[List check first element] %nExpecting trail \"app-trail\" to be a multi-Region "
                .formatted() + "trail, but it is not.");
    }
}
