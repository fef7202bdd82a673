package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InvalidHomeRegionException;
import software.amazon.awssdk.services.cloudtrail.model.MaximumNumberOfTrailsExceededException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * Multi-Region trails: shadow trails in every other Region of the partition, what works on them from there, the
 * home-Region rule for changes, and the five-trails-per-Region limit that counts shadow trails.
 */
@MockCloudTrail
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true)
@SeedTrail(name = "local", s3BucketName = "audit-logs")
class MultiRegionTrailTest {
    private static final String ORG_AUDIT = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
    private static final String LOCAL = "arn:aws:cloudtrail:us-east-1:123456789012:trail/local";

    /** The operations CloudTrail only accepts from a trail's home Region. */
    static Stream<Arguments> homeRegionOperations() {
        return Stream.of(
                operation("UpdateTrail", (client, name) -> client.updateTrail(r -> r.name(name).s3KeyPrefix("x"))),
                operation("UpdateTrail turning multi-Region off",
                        (client, name) -> client.updateTrail(r -> r.name(name).isMultiRegionTrail(false))),
                operation("DeleteTrail", (client, name) -> client.deleteTrail(r -> r.name(name))),
                operation("StartLogging", (client, name) -> client.startLogging(r -> r.name(name))),
                operation("StopLogging", (client, name) -> client.stopLogging(r -> r.name(name))));
    }

    private static Arguments operation(String name, BiConsumer<CloudTrailClient, String> call) {
        return Arguments.of(name, call);
    }

    private static void createTrails(CloudTrailClient client, String prefix, int count, boolean multiRegion) {
        for (int i = 1; i <= count; i++) {
            String name = prefix + i;
            client.createTrail(r -> r.name(name).s3BucketName("audit-logs").isMultiRegionTrail(multiRegion));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-west-1", "ap-southeast-2", "us-west-2"})
    void showsAShadowTrailInEveryOtherRegion(String region, CloudTrailMock mock) {
        try (CloudTrailClient elsewhere = MockClients.in(mock, Region.of(region))) {
            assertThat(elsewhere.describeTrails().trailList())
                    .extracting(Trail::name, Trail::homeRegion, Trail::trailARN, Trail::isMultiRegionTrail)
                    .containsExactly(tuple("org-audit", "us-east-1", ORG_AUDIT, true));
            assertThat(elsewhere.describeTrails(r -> r.includeShadowTrails(false)).trailList()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-north-1", "us-gov-west-1"})
    void showsNoShadowTrailInAnotherPartition(String region, CloudTrailMock mock) {
        try (CloudTrailClient otherPartition = MockClients.in(mock, Region.of(region))) {
            assertThat(otherPartition.describeTrails().trailList()).isEmpty();
            assertThat(otherPartition.listTrails(r -> { }).trails()).isEmpty();
        }
    }

    @Test
    void listsTheAccountsTrailsOfEveryRegionWithTheirHomeRegion(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            euWest.createTrail(r -> r.name("eu-local").s3BucketName("audit-logs"));

            assertThat(euWest.listTrails(r -> { }).trails())
                    .extracting(TrailInfo::name, TrailInfo::homeRegion, TrailInfo::trailARN)
                    .containsExactlyInAnyOrder(
                            tuple("org-audit", "us-east-1", ORG_AUDIT),
                            tuple("local", "us-east-1", LOCAL),
                            tuple("eu-local", "eu-west-1", "arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu-local"));
        }
    }

    @Test
    void describeTrailsMatchesNamesInTheCurrentRegionOnlyAndArnsAnywhere(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.describeTrails(r -> r.trailNameList("org-audit", "local")).trailList()).isEmpty();
            assertThat(euWest.describeTrails(r -> r.trailNameList(ORG_AUDIT, LOCAL)).trailList())
                    .extracting(Trail::name, Trail::homeRegion)
                    .containsExactly(tuple("org-audit", "us-east-1"), tuple("local", "us-east-1"));
        }
    }

    @Test
    void getTrailFindsAShadowTrailByNameOrArn(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.getTrail(r -> r.name("org-audit")).trail().trailARN()).isEqualTo(ORG_AUDIT);
            assertThat(euWest.getTrail(r -> r.name(ORG_AUDIT)).trail().homeRegion()).isEqualTo("us-east-1");
        }
    }

    @Test
    void getTrailFindsASingleRegionTrailOfAnotherRegionByArnOnly(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.getTrail(r -> r.name(LOCAL)).trail().homeRegion()).isEqualTo("us-east-1");
            assertRejected(() -> euWest.getTrail(r -> r.name("local")), TrailNotFoundException.class,
                    "TrailNotFoundException")
                    .contains("Unknown trail: local");
        }
    }

    @Test
    void getTrailStatusOfAShadowTrailNeedsItsArn(CloudTrailClient client, CloudTrailMock mock) {
        client.startLogging(r -> r.name("org-audit"));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.getTrailStatus(r -> r.name(ORG_AUDIT)).isLogging()).isTrue();
            assertRejected(() -> euWest.getTrailStatus(r -> r.name("org-audit")), TrailNotFoundException.class,
                    "TrailNotFoundException")
                    .contains("Unknown trail: org-audit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homeRegionOperations")
    void changesOnlyFromTheHomeRegion(String operation, BiConsumer<CloudTrailClient, String> call,
            CloudTrailClient client, CloudTrailMock mock) {
        Trail before = client.getTrail(r -> r.name("org-audit")).trail();

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            for (String nameOrArn : new String[] {"org-audit", ORG_AUDIT}) {
                assertRejected(() -> call.accept(euWest, nameOrArn), InvalidHomeRegionException.class,
                        "InvalidHomeRegionException")
                        .contains("was created in us-east-1 and can only be changed from there, not from eu-west-1");
            }
        }
        assertThat(client.getTrail(r -> r.name("org-audit")).trail()).isEqualTo(before);
        assertThat(client.getTrailStatus(r -> r.name("org-audit")).isLogging()).isFalse();
    }

    @Test
    void aSingleRegionTrailChangesOnlyFromItsRegionToo(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.deleteTrail(r -> r.name(LOCAL)), InvalidHomeRegionException.class,
                    "InvalidHomeRegionException")
                    .contains("can only be changed from there, not from eu-west-1");
            assertRejected(() -> euWest.updateTrail(r -> r.name(LOCAL).isMultiRegionTrail(true)),
                    InvalidHomeRegionException.class, "InvalidHomeRegionException")
                    .contains("Trail local was created in us-east-1");
        }
        assertThat(client.getTrail(r -> r.name("local")).trail().isMultiRegionTrail()).isFalse();
    }

    @Test
    void turningMultiRegionOffRemovesTheShadowTrails(CloudTrailClient client, CloudTrailMock mock) {
        client.updateTrail(r -> r.name("org-audit").isMultiRegionTrail(false));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.describeTrails().trailList()).isEmpty();
            assertRejected(() -> euWest.getTrail(r -> r.name("org-audit")), TrailNotFoundException.class,
                    "TrailNotFoundException").contains("org-audit");
        }
    }

    @Test
    void turningMultiRegionOnAddsShadowTrails(CloudTrailClient client, CloudTrailMock mock) {
        client.updateTrail(r -> r.name("local").isMultiRegionTrail(true));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.describeTrails().trailList()).extracting(Trail::name)
                    .containsExactly("local", "org-audit");
        }
    }

    @Test
    void deletingAMultiRegionTrailRemovesItsShadowTrails(CloudTrailClient client, CloudTrailMock mock) {
        client.deleteTrail(r -> r.name("org-audit"));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.describeTrails().trailList()).isEmpty();
        }
    }

    @Test
    void theSameNameMayBeUsedBySingleRegionTrailsOfDifferentRegions(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            euWest.createTrail(r -> r.name("local").s3BucketName("eu-logs"));

            assertThat(euWest.getTrail(r -> r.name("local")).trail().s3BucketName()).isEqualTo("eu-logs");
            assertThat(client.getTrail(r -> r.name("local")).trail().s3BucketName()).isEqualTo("audit-logs");
        }
    }

    @Test
    void rejectsATrailNamedLikeOneInTheSameRegion(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("local").s3BucketName("other-logs")),
                TrailAlreadyExistsException.class, "TrailAlreadyExistsException")
                .contains("Trail local already exists for customer: 123456789012");
    }

    @Test
    void rejectsATrailNamedLikeAShadowTrailOfTheRegion(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.createTrail(r -> r.name("org-audit").s3BucketName("eu-logs")),
                    TrailAlreadyExistsException.class, "TrailAlreadyExistsException")
                    .contains("Trail org-audit already exists").contains(ORG_AUDIT);
        }
    }

    @Test
    void rejectsAMultiRegionTrailWhoseShadowWouldMeetATrailOfTheSameName(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.createTrail(r -> r.name("local").s3BucketName("eu-logs").isMultiRegionTrail(true)),
                    TrailAlreadyExistsException.class, "TrailAlreadyExistsException")
                    .contains("Trail local already exists").contains(LOCAL);

            euWest.createTrail(r -> r.name("local").s3BucketName("eu-logs"));
            assertRejected(() -> euWest.updateTrail(r -> r.name("local").isMultiRegionTrail(true)),
                    TrailAlreadyExistsException.class, "TrailAlreadyExistsException")
                    .contains("Trail local already exists").contains(LOCAL);
            assertThat(euWest.getTrail(r -> r.name("local")).trail().isMultiRegionTrail()).isFalse();
        }
    }

    @Test
    void rejectsASixthTrailInARegion(CloudTrailClient client) {
        createTrails(client, "trail-", 3, false);

        assertRejected(() -> client.createTrail(r -> r.name("sixth").s3BucketName("audit-logs")),
                MaximumNumberOfTrailsExceededException.class, "MaximumNumberOfTrailsExceededException")
                .contains("already has 5 trails in us-east-1")
                .contains("the limit is 5 trails per Region");
    }

    @Test
    void countsShadowTrailsAgainstTheLimitOfARegion(CloudTrailClient client, CloudTrailMock mock) {
        createTrails(client, "global-", 3, true);

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            euWest.createTrail(r -> r.name("eu-1").s3BucketName("audit-logs"));

            assertRejected(() -> euWest.createTrail(r -> r.name("eu-2").s3BucketName("audit-logs")),
                    MaximumNumberOfTrailsExceededException.class, "MaximumNumberOfTrailsExceededException")
                    .contains("already has 5 trails in eu-west-1")
                    .contains("counting shadow trails");
        }
    }

    @Test
    void rejectsAMultiRegionTrailThatWouldOverfillAnotherRegion(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            createTrails(euWest, "eu-", 4, false);
        }

        assertRejected(() -> client.createTrail(r -> r.name("global").s3BucketName("audit-logs").isMultiRegionTrail(true)),
                MaximumNumberOfTrailsExceededException.class, "MaximumNumberOfTrailsExceededException")
                .contains("already has 5 trails in eu-west-1");
        client.createTrail(r -> r.name("regional").s3BucketName("audit-logs"));
        assertThat(client.describeTrails(r -> r.includeShadowTrails(false)).trailList()).extracting(Trail::name)
                .containsExactly("local", "org-audit", "regional");
    }

    @Test
    void rejectsTurningMultiRegionOnWhenAnotherRegionIsFull(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            createTrails(euWest, "eu-", 4, false);
        }

        assertRejected(() -> client.updateTrail(r -> r.name("local").isMultiRegionTrail(true)),
                MaximumNumberOfTrailsExceededException.class, "MaximumNumberOfTrailsExceededException")
                .contains("already has 5 trails in eu-west-1");
        assertThat(client.getTrail(r -> r.name("local")).trail().isMultiRegionTrail()).isFalse();
    }

    @Test
    void trailsOfOtherAccountsDoNotCount(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient otherAccount = MockClients.as(mock, "210987654321")) {
            createTrails(otherAccount, "other-", 5, true);
        }

        createTrails(client, "trail-", 3, false);
        assertThat(client.describeTrails().trailList()).hasSize(5);
    }
}
