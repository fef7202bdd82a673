package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedAdvancedEventSelector;
import io.github.mockcloudtrail.junit.SeedDataResource;
import io.github.mockcloudtrail.junit.SeedEventSelector;
import io.github.mockcloudtrail.junit.SeedFieldSelector;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Seeded selectors are what {@code PutEventSelectors} and {@code PutInsightSelectors} would have stored, they are
 * part of the class baseline, and a seed the calls would reject is not created at all.
 */
@MockCloudTrail
@SeedTrail(name = "payroll-audit", logging = true,
        eventSelectors = {
            @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY, excludeManagementEventSources = "kms.amazonaws.com",
                    dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")),
            @SeedEventSelector(includeManagementEvents = false,
                    dataResources = @SeedDataResource(type = "AWS::Lambda::Function", values = "arn:aws:lambda"))},
        insightTypes = {InsightType.API_CALL_RATE_INSIGHT, InsightType.API_ERROR_RATE_INSIGHT})
@SeedTrail(name = "uploads", advancedEventSelectors = @SeedAdvancedEventSelector(name = "Payroll uploads", fieldSelectors = {
    @SeedFieldSelector(field = "eventCategory", equalsValue = "Data"),
    @SeedFieldSelector(field = "resources.type", equalsValue = "AWS::S3::Object"),
    @SeedFieldSelector(field = "resources.ARN", startsWith = "arn:aws:s3:::payroll/", notEndsWith = ".tmp")}))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeededSelectorsTest {

    @Test
    @Order(1)
    void seedsBasicSelectorsAndInsightsAsThePutCallsStoreThem(CloudTrailClient client) {
        assertThat(client.getEventSelectors(r -> r.trailName("payroll-audit")).eventSelectors()).containsExactly(
                EventSelector.builder().readWriteType(ReadWriteType.WRITE_ONLY).includeManagementEvents(true)
                        .dataResources(DataResource.builder().type("AWS::S3::Object").values("arn:aws:s3:::payroll/").build())
                        .excludeManagementEventSources("kms.amazonaws.com").build(),
                EventSelector.builder().readWriteType(ReadWriteType.ALL).includeManagementEvents(false)
                        .dataResources(DataResource.builder().type("AWS::Lambda::Function").values("arn:aws:lambda").build())
                        .excludeManagementEventSources(List.of()).build());
        assertThat(client.getInsightSelectors(r -> r.trailName("payroll-audit")).insightSelectors())
                .extracting(InsightSelector::insightType)
                .containsExactly(InsightType.API_CALL_RATE_INSIGHT, InsightType.API_ERROR_RATE_INSIGHT);
        assertThat(client.getTrail(r -> r.name("payroll-audit")).trail())
                .returns(true, Trail::hasCustomEventSelectors)
                .returns(true, Trail::hasInsightSelectors);
        assertThat(client.getTrailStatus(r -> r.name("payroll-audit")).isLogging()).isTrue();
    }

    @Test
    @Order(2)
    void seedsAdvancedSelectorsLeavingUnusedOperatorsOut(CloudTrailClient client) {
        AdvancedEventSelector uploads = client.getEventSelectors(r -> r.trailName("uploads")).advancedEventSelectors().get(0);

        assertThat(uploads.name()).isEqualTo("Payroll uploads");
        assertThat(uploads.fieldSelectors()).containsExactly(
                AdvancedFieldSelector.builder().field("eventCategory").equalsValue("Data").build(),
                AdvancedFieldSelector.builder().field("resources.type").equalsValue("AWS::S3::Object").build(),
                AdvancedFieldSelector.builder().field("resources.ARN").startsWith("arn:aws:s3:::payroll/").notEndsWith(".tmp").build());
        assertThat(uploads.fieldSelectors().get(0).hasStartsWith()).isFalse();
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("uploads")), InsightNotEnabledException.class,
                "InsightNotEnabledException");
    }

    @Test
    @Order(3)
    void aTestChangesTheSeededSelectors(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("payroll-audit").eventSelectors(EventSelector.builder().build()));
        client.putInsightSelectors(r -> r.trailName("payroll-audit").insightSelectors(List.of()));

        assertThat(client.getTrail(r -> r.name("payroll-audit")).trail().hasInsightSelectors()).isFalse();
    }

    @Test
    @Order(4)
    void theNextTestSeesTheSeededSelectorsAgain(CloudTrailClient client) {
        assertThat(client.getEventSelectors(r -> r.trailName("payroll-audit")).eventSelectors()).hasSize(2);
        assertThat(client.getInsightSelectors(r -> r.trailName("payroll-audit")).insightSelectors()).hasSize(2);
    }

    @Test
    @Order(5)
    void seedsSelectorsGivenAsSdkTypes(CloudTrailMock mock, CloudTrailClient client) {
        EventSelector writes = EventSelector.builder().readWriteType(ReadWriteType.WRITE_ONLY).build();

        mock.seedTrail(TrailSeed.named("programmatic").eventSelectors(writes).insightTypes(InsightType.API_ERROR_RATE_INSIGHT).build());

        assertThat(client.getEventSelectors(r -> r.trailName("programmatic")).eventSelectors())
                .extracting(EventSelector::readWriteType).containsExactly(ReadWriteType.WRITE_ONLY);
        assertThat(client.getInsightSelectors(r -> r.trailName("programmatic")).insightSelectors())
                .containsExactly(InsightSelector.builder().insightType(InsightType.API_ERROR_RATE_INSIGHT).build());
    }

    @Test
    @Order(6)
    void anInvalidSelectorSeedNamesTheRuleAndLeavesNoTrailBehind(CloudTrailMock mock, CloudTrailClient client) {
        TrailSeed both = TrailSeed.named("both-kinds")
                .eventSelectors(EventSelector.builder().build())
                .advancedEventSelectors(AdvancedEventSelector.builder().fieldSelectors(AdvancedFieldSelector.builder()
                        .field("eventCategory").equalsValue("Management").build()).build())
                .build();

        IllegalArgumentException rejected = catchThrowableOfType(IllegalArgumentException.class, () -> mock.seedTrail(both));

        assertThat(rejected).hasMessage("Trail 'both-kinds' cannot be seeded: InvalidEventSelectorsException: Give"
                + " EventSelectors or AdvancedEventSelectors, not both: a trail has one kind or the other.");
        assertThat(client.listTrails(r -> { }).trails()).noneMatch(trail -> trail.name().equals("both-kinds"));
    }
}
