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
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/** {@code DescribeTrails} and the {@code Trail} shape it shares with {@code GetTrail}. */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs", s3KeyPrefix = "org", snsTopicName = "audit-topic",
        logFileValidation = true)
// SnsTopicName is deprecated in the SDK model but still part of CloudTrail's answers.
@SuppressWarnings("deprecation")
@SeedTrail(name = "global", s3BucketName = "audit-logs", multiRegion = true, region = "eu-west-1")
class DescribeTrailsTest {
    private static final String AUDIT = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";
    private static final String GLOBAL = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/global";

    private static List<String> names(List<Trail> trails) {
        return trails.stream().map(Trail::name).toList();
    }

    @Test
    void describesTheRegionsTrailsThenItsShadowTrails(CloudTrailClient client) {
        client.createTrail(r -> r.name("zeta").s3BucketName("audit-logs"));

        assertThat(names(client.describeTrails().trailList())).containsExactly("audit", "zeta", "global");
        assertThat(names(client.describeTrails(r -> r.includeShadowTrails(true)).trailList()))
                .containsExactly("audit", "zeta", "global");
        assertThat(names(client.describeTrails(r -> r.includeShadowTrails(false)).trailList()))
                .containsExactly("audit", "zeta");
        assertThat(names(client.describeTrails(r -> r.trailNameList(List.of())).trailList()))
                .containsExactly("audit", "zeta", "global");
    }

    @Test
    void describesEveryMemberOfATrail(CloudTrailClient client) {
        Trail audit = client.describeTrails(r -> r.trailNameList("audit")).trailList().get(0);

        assertThat(audit).isEqualTo(Trail.builder()
                .name("audit")
                .s3BucketName("audit-logs")
                .s3KeyPrefix("org")
                .snsTopicName("audit-topic")
                .snsTopicARN("arn:aws:sns:us-east-1:123456789012:audit-topic")
                .includeGlobalServiceEvents(true)
                .isMultiRegionTrail(false)
                .homeRegion("us-east-1")
                .trailARN(AUDIT)
                .logFileValidationEnabled(true)
                .hasCustomEventSelectors(false)
                .hasInsightSelectors(false)
                .isOrganizationTrail(false)
                .build());
        assertThat(client.getTrail(r -> r.name("audit")).trail()).isEqualTo(audit);
    }

    @Test
    void describesAShadowTrailWithItsHomeRegion(CloudTrailClient client) {
        Trail global = client.getTrail(r -> r.name("global")).trail();

        assertThat(global.homeRegion()).isEqualTo("eu-west-1");
        assertThat(global.trailARN()).isEqualTo(GLOBAL);
        assertThat(global.isMultiRegionTrail()).isTrue();
        assertThat(global.hasCustomEventSelectors()).isFalse();
        assertThat(global.hasInsightSelectors()).isFalse();
    }

    @Test
    void matchesNamesAndArnsInTheOrderGivenAndOmitsUnknownOnes(CloudTrailClient client) {
        List<Trail> trails = client.describeTrails(r -> r.trailNameList(GLOBAL, "unknown", "audit",
                "arn:aws:cloudtrail:us-east-1:123456789012:trail/unknown", AUDIT)).trailList();

        assertThat(names(trails)).containsExactly("global", "audit");
    }

    @Test
    void aNameMatchesOnlyATrailHomedInTheCurrentRegion(CloudTrailClient client) {
        assertThat(client.describeTrails(r -> r.trailNameList("global")).trailList()).isEmpty();
    }

    @Test
    void leavesOutNamedShadowTrailsWhenShadowTrailsAreExcluded(CloudTrailClient client) {
        assertThat(names(client.describeTrails(r -> r.trailNameList(GLOBAL, "audit").includeShadowTrails(false))
                .trailList())).containsExactly("audit");
    }

    @Test
    void rejectsAnInvalidNameInTheList(CloudTrailClient client) {
        assertRejected(() -> client.describeTrails(r -> r.trailNameList("audit", "my--trail")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("Trail name 'my--trail'");
    }

    @Test
    void showsNoTrailOfAnotherAccount(CloudTrailMock mock) {
        try (CloudTrailClient other = MockClients.as(mock, "210987654321")) {
            assertThat(other.describeTrails().trailList()).isEmpty();
            assertThat(other.describeTrails(r -> r.trailNameList(AUDIT, "audit")).trailList()).isEmpty();
        }
    }

    @Test
    void describesTheTrailsOfTheSigningRegion(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(names(euWest.describeTrails().trailList())).containsExactly("global");
            assertThat(names(euWest.describeTrails(r -> r.trailNameList("global", "audit")).trailList()))
                    .containsExactly("global");
        }
    }
}
