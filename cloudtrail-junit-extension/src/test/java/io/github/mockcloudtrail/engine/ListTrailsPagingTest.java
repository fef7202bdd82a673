package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InvalidNextTokenException;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;

/**
 * {@code ListTrails} pages of 50 through every trail of the account in every Region of the partition, with a
 * {@code NextToken} that only the account and Region it was issued to can use.
 */
@MockCloudTrail
class ListTrailsPagingTest {
    /** Eleven Regions of the aws partition, in ARN order; five trails each make 55 trails. */
    private static final List<Region> REGIONS = List.of(Region.AP_NORTHEAST_1, Region.AP_SOUTHEAST_1,
            Region.AP_SOUTHEAST_2, Region.EU_CENTRAL_1, Region.EU_NORTH_1, Region.EU_WEST_1, Region.EU_WEST_2,
            Region.EU_WEST_3, Region.US_EAST_1, Region.US_EAST_2, Region.US_WEST_1);

    /** Creates five trails in each of the first {@code regionCount} Regions and returns their ARNs. */
    private static List<String> fillRegions(CloudTrailMock mock, int regionCount) {
        List<String> arns = new ArrayList<>();
        for (Region region : REGIONS.subList(0, regionCount)) {
            try (CloudTrailClient client = MockClients.in(mock, region)) {
                for (int i = 1; i <= 5; i++) {
                    String name = "trail-" + i;
                    arns.add(client.createTrail(r -> r.name(name).s3BucketName("audit-logs")).trailARN());
                }
            }
        }
        return arns;
    }

    private static List<String> arns(ListTrailsResponse page) {
        return page.trails().stream().map(TrailInfo::trailARN).toList();
    }

    @Test
    void thePaginatorWalksEveryTrailOfEveryRegion(CloudTrailClient client, CloudTrailMock mock) {
        List<String> created = fillRegions(mock, 11);
        try (CloudTrailClient otherAccount = MockClients.as(mock, "210987654321");
                CloudTrailClient otherPartition = MockClients.in(mock, Region.CN_NORTH_1)) {
            otherAccount.createTrail(r -> r.name("not-mine").s3BucketName("audit-logs"));
            otherPartition.createTrail(r -> r.name("china").s3BucketName("audit-logs"));
        }

        List<ListTrailsResponse> pages = client.listTrailsPaginator(r -> { }).stream().toList();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).trails()).hasSize(50);
        assertThat(pages.get(0).nextToken()).isNotBlank();
        assertThat(pages.get(1).trails()).hasSize(5);
        assertThat(pages.get(1).nextToken()).isNull();
        assertThat(pages.stream().flatMap(page -> arns(page).stream()).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void answersFiftyTrailsInOnePageWithoutAToken(CloudTrailClient client, CloudTrailMock mock) {
        fillRegions(mock, 10);

        ListTrailsResponse page = client.listTrails(r -> { });

        assertThat(page.trails()).hasSize(50);
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void reportsTheNameAndHomeRegionOfEachTrail(CloudTrailClient client, CloudTrailMock mock) {
        fillRegions(mock, 1);

        assertThat(client.listTrails(r -> { }).trails().get(0)).isEqualTo(TrailInfo.builder().name("trail-1")
                .homeRegion("ap-northeast-1").trailARN("arn:aws:cloudtrail:ap-northeast-1:123456789012:trail/trail-1")
                .build());
    }

    @Test
    void pagingIsStableWhileTrailsAreAddedAndDeleted(CloudTrailClient client, CloudTrailMock mock) {
        List<String> created = fillRegions(mock, 11);
        ListTrailsResponse first = client.listTrails(r -> { });

        String beforeToken;
        String afterToken;
        try (CloudTrailClient africa = MockClients.in(mock, Region.AF_SOUTH_1);
                CloudTrailClient usWest2 = MockClients.in(mock, Region.US_WEST_2);
                CloudTrailClient usWest1 = MockClients.in(mock, Region.US_WEST_1)) {
            beforeToken = africa.createTrail(r -> r.name("added").s3BucketName("audit-logs")).trailARN();
            afterToken = usWest2.createTrail(r -> r.name("added").s3BucketName("audit-logs")).trailARN();
            usWest1.deleteTrail(r -> r.name("trail-3"));
        }
        ListTrailsResponse second = client.listTrails(r -> r.nextToken(first.nextToken()));

        List<String> expectedOnSecondPage = new ArrayList<>(created.subList(50, 55));
        expectedOnSecondPage.remove("arn:aws:cloudtrail:us-west-1:123456789012:trail/trail-3");
        expectedOnSecondPage.add(afterToken);
        assertThat(arns(first)).containsExactlyElementsOf(created.subList(0, 50));
        assertThat(arns(second)).containsExactlyElementsOf(expectedOnSecondPage).doesNotContain(beforeToken);
        assertThat(second.nextToken()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "not base64 at all!", "bHQxCjEyMzQ1Njc4OTAxMgp1cy1lYXN0LTE"})
    void rejectsATokenItDidNotIssue(String token, CloudTrailClient client) {
        assertRejected(() -> client.listTrails(r -> r.nextToken(token)), InvalidNextTokenException.class,
                "InvalidNextTokenException")
                .isEqualTo("NextToken '" + token + "' was not issued by ListTrails to this account and Region.");
    }

    @Test
    void rejectsATokenIssuedToAnotherAccountOrRegion(CloudTrailClient client, CloudTrailMock mock) {
        fillRegions(mock, 11);
        String token = client.listTrails(r -> { }).nextToken();

        try (CloudTrailClient otherAccount = MockClients.as(mock, "210987654321");
                CloudTrailClient otherRegion = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> otherAccount.listTrails(r -> r.nextToken(token)), InvalidNextTokenException.class,
                    "InvalidNextTokenException")
                    .contains("was not issued by ListTrails to this account and Region");
            assertRejected(() -> otherRegion.listTrails(r -> r.nextToken(token)), InvalidNextTokenException.class,
                    "InvalidNextTokenException")
                    .contains("was not issued by ListTrails to this account and Region");
        }
        assertThat(client.listTrails(r -> r.nextToken(token)).trails()).hasSize(5);
    }
}
