package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.InvalidHomeRegionException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidInsightSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.SourceEventCategory;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.UnsupportedOperationException;

/**
 * {@code PutInsightSelectors} and {@code GetInsightSelectors}: the insight types, turning Insights on and off,
 * replacing the list, {@code HasInsightSelectors}, and where and by whom they can be read and changed.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
@SeedTrail(name = "global", s3BucketName = "audit-logs", multiRegion = true)
class InsightSelectorsTest {
    private static final String AUDIT = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";
    private static final InsightSelector CALL_RATE = InsightSelector.builder().insightType(InsightType.API_CALL_RATE_INSIGHT).build();
    private static final InsightSelector ERROR_RATE = InsightSelector.builder().insightType(InsightType.API_ERROR_RATE_INSIGHT).build();

    @Test
    void aNewTrailHasNoInsights(CloudTrailClient client) {
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("audit")), InsightNotEnabledException.class,
                "InsightNotEnabledException")
                .isEqualTo("Trail " + AUDIT + " does not have Insights enabled; turn them on with PutInsightSelectors.");
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasInsightSelectors()).isFalse();
    }

    @Test
    void turnsInsightsOnAndEchoesTheSelectors(CloudTrailClient client) {
        PutInsightSelectorsResponse put = client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(CALL_RATE, ERROR_RATE));

        assertThat(put.trailARN()).isEqualTo(AUDIT);
        assertThat(put.insightSelectors()).containsExactly(CALL_RATE, ERROR_RATE);
        GetInsightSelectorsResponse get = client.getInsightSelectors(r -> r.trailName("audit"));
        assertThat(get.trailARN()).isEqualTo(AUDIT);
        assertThat(get.insightSelectors()).containsExactly(CALL_RATE, ERROR_RATE);
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasInsightSelectors()).isTrue();
        assertThat(client.describeTrails(r -> r.trailNameList("audit")).trailList().get(0).hasInsightSelectors()).isTrue();
    }

    @Test
    void replacesTheListInsteadOfAppending(CloudTrailClient client) {
        client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(CALL_RATE));

        client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(ERROR_RATE));

        assertThat(client.getInsightSelectors(r -> r.trailName("audit")).insightSelectors()).containsExactly(ERROR_RATE);
    }

    @Test
    void anEmptyListTurnsInsightsOff(CloudTrailClient client) {
        client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(CALL_RATE));

        PutInsightSelectorsResponse put = client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(List.of()));

        assertThat(put.insightSelectors()).isEmpty();
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasInsightSelectors()).isFalse();
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("audit")), InsightNotEnabledException.class,
                "InsightNotEnabledException");
    }

    @Test
    void rejectsInsightTypesTheApiDoesNotKnow(CloudTrailClient client) {
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("audit")
                        .insightSelectors(CALL_RATE, InsightSelector.builder().insightType("ApiLatencyInsight").build())),
                InvalidInsightSelectorsException.class, "InvalidInsightSelectorsException")
                .isEqualTo("Insight selector 2: InsightType 'ApiLatencyInsight' is not valid; use ApiCallRateInsight or"
                        + " ApiErrorRateInsight.");
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(InsightSelector.builder().build())),
                InvalidInsightSelectorsException.class, "InvalidInsightSelectorsException")
                .isEqualTo("Insight selector 1: InsightType is missing; use ApiCallRateInsight or ApiErrorRateInsight.");
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasInsightSelectors()).isFalse();
    }

    @Test
    void rejectsAnInsightTypeGivenTwice(CloudTrailClient client) {
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(CALL_RATE, CALL_RATE)),
                InvalidInsightSelectorsException.class, "InvalidInsightSelectorsException")
                .isEqualTo("InsightType ApiCallRateInsight is given twice; name each insight type once.");
    }

    @Test
    void requiresTheTrailNameAndTheList(CloudTrailClient client) {
        assertRejected(() -> client.putInsightSelectors(r -> { }), CloudTrailException.class, "ValidationException")
                .isEqualTo("2 validation errors detected: Value null at 'trailName' failed to satisfy constraint: Member"
                        + " must not be null; Value null at 'insightSelectors' failed to satisfy constraint: Member must not"
                        + " be null");
        assertRejected(() -> client.getInsightSelectors(r -> { }), CloudTrailException.class, "ValidationException")
                .contains("'trailName'");
    }

    @Test
    void doesNotModelEventDataStores(CloudTrailClient client) {
        assertRejected(() -> client.putInsightSelectors(r -> r.eventDataStore("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/x")
                        .insightSelectors(CALL_RATE)), UnsupportedOperationException.class, "UnsupportedOperationException")
                .isEqualTo("mock-cloudtrail models trails, not CloudTrail Lake event data stores; leave out EventDataStore"
                        + " and InsightsDestination.");
        assertRejected(() -> client.getInsightSelectors(r -> r.eventDataStore("eds")), UnsupportedOperationException.class,
                "UnsupportedOperationException");
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("audit").insightSelectors(
                        CALL_RATE.toBuilder().eventCategories(SourceEventCategory.MANAGEMENT).build())),
                UnsupportedOperationException.class, "UnsupportedOperationException")
                .isEqualTo("Insight selector 1: EventCategories is not supported by mock-cloudtrail; leave it out.");
    }

    @Test
    void changesInsightsOnlyFromTheHomeRegionAndReadsThemByArnAnywhere(CloudTrailClient client, CloudTrailMock mock) {
        client.putInsightSelectors(r -> r.trailName("global").insightSelectors(CALL_RATE));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.putInsightSelectors(r -> r.trailName("global").insightSelectors(List.of())),
                    InvalidHomeRegionException.class, "InvalidHomeRegionException")
                    .isEqualTo("Trail global was created in us-east-1 and can only be changed from there, not from eu-west-1.");
            assertThat(euWest.getInsightSelectors(r -> r.trailName("arn:aws:cloudtrail:us-east-1:123456789012:trail/global"))
                    .insightSelectors()).containsExactly(CALL_RATE);
        }
        assertThat(client.getTrail(r -> r.name("global")).trail().hasInsightSelectors()).isTrue();
    }

    @Test
    void rejectsUnknownAndMalformedTrails(CloudTrailClient client) {
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("nope").insightSelectors(CALL_RATE)),
                TrailNotFoundException.class, "TrailNotFoundException").contains("nope");
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("arn:aws:cloudtrail:us-east-1:123456789012:trail/nope")),
                TrailNotFoundException.class, "TrailNotFoundException");
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("my--trail")), InvalidTrailNameException.class,
                "InvalidTrailNameException");
    }
}
