package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.MISSING_TRAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * How navigation behaves across a chain (assertj#1156): what it leads to is soft when the start is, keeps the
 * description given with {@code as(...)}, and after a failed navigation the chain records nothing more, even
 * when it returns to where it came from.
 */
@AuditTrails
class SoftNavigationTest {

    @Test
    void collects_a_failure_at_every_level_of_a_chain(CloudTrailClient cloudTrail) {
        // GIVEN
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        // WHEN
        softly.assertThat(cloudTrail).hasTrail("nope")
                .trail("app-trail").isLogging()
                .eventSelectors().hasSize(2)
                .selector(0).doesNotIncludeManagementEvents()
                .returnToSelectors().returnToTrail().isMultiRegion();
        // THEN
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).map(message -> message.lines().skip(1).findFirst().orElseThrow())
                .containsExactly(
                        "Expecting trail \"nope\" in us-east-1, but CloudTrail does not know it.",
                        "Expecting trail \"app-trail\" to be logging, but it is not.",
                        "Expecting trail \"app-trail\" to have 2 event selectors, but it has 1 event selector.",
                        "Expecting event selector 1 of trail \"app-trail\" not to include management events, but it does:",
                        "Expecting trail \"app-trail\" to be a multi-Region trail, but it is not.");
    }

    @Test
    void records_nothing_more_after_a_failed_navigation_even_on_return(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("nope")
                .eventSelectors().hasSize(7).selector(3).hasNoDataResources()
                .returnToSelectors().returnToTrail().isLogging().status().isNotLogging());
        // THEN
        outcome.shouldFailWith(MISSING_TRAIL);
    }

    @Test
    void keeps_the_description_on_the_assertions_navigation_leads_to(CloudTrailClient cloudTrail) {
        // GIVEN
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        // WHEN
        softly.assertThat(cloudTrail).as("production audit").trail("app-trail").status().isLogging();
        AssertionError hard = catchThrowableOfType(AssertionError.class,
                () -> CloudTrailAssertions.assertThat(cloudTrail).as("production audit").trail("app-trail").status().isLogging());
        // THEN
        assertThat(softly.errorsCollected()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("[production audit] %nExpecting trail \"app-trail\" to be logging".formatted());
        assertThat(hard).hasMessageStartingWith("[production audit] %nExpecting trail \"app-trail\" to be logging".formatted());
    }

    @Test
    void reports_every_failure_at_the_end_of_assert_softly(CloudTrailClient cloudTrail) {
        // WHEN
        AssertionError all = catchThrowableOfType(AssertionError.class, () -> CloudTrailSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(cloudTrail).trail("app-trail").isLogging();
            softly.assertThat(cloudTrail).trail("org-audit").isLogging().hasTag("owner", "platform");
        }));
        // THEN
        assertThat(all).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("Expecting trail \"app-trail\" to be logging, but it is not.")
                .hasMessageContaining("Expecting trail \"org-audit\" to have tag owner=platform");
    }
}
