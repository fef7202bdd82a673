package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.eventName;
import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.TrailSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * {@link ForRegion} and {@link ForAccount} inject clients, builders and handles for other Regions and
 * accounts, alone or combined, on the same endpoint and the same test state.
 */
class RegionsAndAccountsTest {

    @Test
    void qualifiedParametersReachOtherRegionsAndAccountsOfTheSameTestState() {
        Scenarios.assertAllSucceeded(Scenarios.run(Qualified.class), 6);
    }

    @Test
    void aBadQualifierFailsTheTestNamingIt() {
        EngineExecutionResults results = Scenarios.run(BadQualifiers.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        assertThat(Scenarios.testFailure(results, "badRegion"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@ForRegion(\"Atlantis\") on parameter 0 of ")
                .hasMessageEndingWith(" is not a Region name such as eu-west-1.");
        assertThat(Scenarios.testFailure(results, "badAccount"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@ForAccount(\"42\") on parameter 0 of ")
                .hasMessageEndingWith(" is not an account ID: it must be 12 digits.");
    }

    @Scenario
    @MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012",
            memberAccounts = "210987654321"))
    static class Qualified {
        @Test
        @SeedTrail(name = "org-audit", multiRegion = true, organizationTrail = true)
        void aClientOfAnotherRegionSeesTheShadowTrail(CloudTrailClient home,
                @ForRegion("eu-west-1") CloudTrailClient ireland) {
            assertThat(ireland.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(ireland.describeTrails().trailList()).extracting(Trail::homeRegion).containsExactly("us-east-1");
            assertThat(trailNames(home)).containsExactly("org-audit");
        }

        @Test
        void aClientOfAnotherAccountActsAsThatAccount(CloudTrailClient management,
                @ForAccount("210987654321") CloudTrailClient member) {
            assertThat(member.createTrail(r -> r.name("member-trail").s3BucketName("member-logs")).trailARN())
                    .isEqualTo("arn:aws:cloudtrail:us-east-1:210987654321:trail/member-trail");
            assertThat(trailNames(management)).isEmpty();
        }

        @Test
        @SeedTrail(name = "org-audit", multiRegion = true, organizationTrail = true)
        void qualifiersCombine(@ForRegion("ap-southeast-2") @ForAccount("210987654321") CloudTrailClient member,
                @ForAccount("210987654321") @ForRegion("ap-southeast-2") CloudTrailClient sameAgain) {
            assertThat(sameAgain).isSameAs(member);
            assertThat(member.describeTrails().trailList()).extracting(Trail::trailARN)
                    .containsExactly("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");
        }

        @Test
        void qualifiedHandlesSeedIntoTheirRegionAndAccount(@ForRegion("eu-central-1") CloudTrailMock frankfurt,
                @ForAccount("210987654321") CloudTrailMock member, @ForRegion("eu-central-1") CloudTrailClient client) {
            assertThat(frankfurt.region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(member.accountId()).isEqualTo("210987654321");
            frankfurt.seedTrail(TrailSeed.named("in-frankfurt").build());
            member.seedTrail(TrailSeed.named("of-the-member").build());

            assertThat(client.describeTrails().trailList()).extracting(Trail::trailARN)
                    .containsExactly("arn:aws:cloudtrail:eu-central-1:123456789012:trail/in-frankfurt");
            try (CloudTrailClient memberClient = member.clientBuilder().build()) {
                assertThat(memberClient.describeTrails().trailList()).extracting(Trail::trailARN)
                        .containsExactly("arn:aws:cloudtrail:us-east-1:210987654321:trail/of-the-member");
            }
        }

        @Test
        void qualifiedHandlesSeedEventsIntoTheirRegionAndAccount(@ForRegion("eu-central-1") CloudTrailMock frankfurt,
                @ForAccount("210987654321") CloudTrailMock member, CloudTrailClient home,
                @ForRegion("eu-central-1") CloudTrailClient inFrankfurt) {
            frankfurt.seedEvent(EventSeed.named("SeededInFrankfurt").build());
            member.seedEvent(EventSeed.named("SeededForTheMember").build());

            assertThat(inFrankfurt.lookupEvents(r -> { }).events()).extracting(Event::eventName)
                    .containsExactly("SeededInFrankfurt");
            try (CloudTrailClient memberClient = member.clientBuilder().build()) {
                assertThat(memberClient.lookupEvents(r -> r.lookupAttributes(eventName("SeededForTheMember"))).events())
                        .hasSize(1);
            }
            assertThat(home.lookupEvents(r -> { }).events()).extracting(Event::eventName)
                    .doesNotContain("SeededInFrankfurt", "SeededForTheMember");
        }

        @Test
        void qualifiedBuildersBuildClientsForTheirRegion(@ForRegion("sa-east-1") CloudTrailClientBuilder builder) {
            try (CloudTrailClient saoPaulo = builder.build()) {
                assertThat(saoPaulo.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN())
                        .isEqualTo("arn:aws:cloudtrail:sa-east-1:123456789012:trail/audit");
            }
        }
    }

    @Scenario
    @MockCloudTrail
    static class BadQualifiers {
        @Test
        void badRegion(@ForRegion("Atlantis") CloudTrailClient client) {
        }

        @Test
        void badAccount(@ForAccount("42") CloudTrailClient client) {
        }
    }
}
