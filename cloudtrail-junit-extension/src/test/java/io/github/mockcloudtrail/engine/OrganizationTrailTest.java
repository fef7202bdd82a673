package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.NotOrganizationMasterAccountException;
import software.amazon.awssdk.services.cloudtrail.model.OrganizationsNotInUseException;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;

/**
 * Organization trails: only the management account creates and changes them, and every member account sees
 * them as shadow trails.
 */
@MockCloudTrail(accountId = OrganizationTrailTest.MANAGEMENT, organization = @MockOrganization(
        managementAccount = OrganizationTrailTest.MANAGEMENT, memberAccounts = {OrganizationTrailTest.MEMBER, "333333333333"}))
// Varargs of SDK Consumer builders.
@SuppressWarnings("unchecked")
@SeedTrail(name = "org-audit", s3BucketName = "org-logs", organizationTrail = true)
@SeedTrail(name = "management-only", s3BucketName = "mgmt-logs")
class OrganizationTrailTest {
    static final String MANAGEMENT = "111111111111";
    static final String MEMBER = "222222222222";
    private static final String ORG_AUDIT = "arn:aws:cloudtrail:us-east-1:111111111111:trail/org-audit";

    /** The calls that change a trail, each given the trail's ARN. */
    static Stream<Arguments> changes() {
        return Stream.of(
                change("UpdateTrail", (client, arn) -> client.updateTrail(r -> r.name(arn).s3KeyPrefix("member"))),
                change("DeleteTrail", (client, arn) -> client.deleteTrail(r -> r.name(arn))),
                change("StartLogging", (client, arn) -> client.startLogging(r -> r.name(arn))),
                change("StopLogging", (client, arn) -> client.stopLogging(r -> r.name(arn))),
                change("AddTags", (client, arn) -> client.addTags(r -> r.resourceId(arn).tagsList(t -> t.key("owner")))),
                change("RemoveTags", (client, arn) -> client.removeTags(r -> r.resourceId(arn).tagsList(t -> t.key("x")))),
                change("PutEventSelectors", (client, arn) -> client.putEventSelectors(r -> r.trailName(arn)
                        .eventSelectors(s -> s.readWriteType(ReadWriteType.WRITE_ONLY)))),
                change("PutInsightSelectors", (client, arn) -> client.putInsightSelectors(r -> r.trailName(arn)
                        .insightSelectors(s -> s.insightType(InsightType.API_CALL_RATE_INSIGHT)))));
    }

    private static Arguments change(String name, BiConsumer<CloudTrailClient, String> call) {
        return Arguments.of(name, call);
    }

    @Test
    void theManagementAccountCreatesOrganizationTrails(CloudTrailClient client) {
        assertThat(client.createTrail(r -> r.name("second-org").s3BucketName("org-logs").isOrganizationTrail(true))
                .isOrganizationTrail()).isTrue();
        assertThat(client.getTrail(r -> r.name("org-audit")).trail().isOrganizationTrail()).isTrue();
    }

    @Test
    void membersSeeTheOrganizationTrailAsAShadowTrail(CloudTrailMock mock) {
        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertThat(member.describeTrails().trailList())
                    .extracting(Trail::name, Trail::trailARN, Trail::homeRegion, Trail::isOrganizationTrail)
                    .containsExactly(tuple("org-audit", ORG_AUDIT, "us-east-1", true));
            assertThat(member.describeTrails(r -> r.includeShadowTrails(false)).trailList()).isEmpty();
            assertThat(member.describeTrails(r -> r.trailNameList(ORG_AUDIT)).trailList()).hasSize(1);
            assertThat(member.listTrails(r -> { }).trails()).extracting(TrailInfo::trailARN).containsExactly(ORG_AUDIT);
            assertThat(member.getTrail(r -> r.name(ORG_AUDIT)).trail().s3BucketName()).isEqualTo("org-logs");
            assertThat(member.getTrailStatus(r -> r.name(ORG_AUDIT)).isLogging()).isFalse();
        }
    }

    @Test
    void membersSeeAMultiRegionOrganizationTrailInEveryRegion(CloudTrailClient client, CloudTrailMock mock) {
        client.updateTrail(r -> r.name("org-audit").isMultiRegionTrail(true));

        try (CloudTrailClient member = MockClients.as(mock, MEMBER, Region.EU_WEST_1)) {
            assertThat(member.describeTrails().trailList()).extracting(Trail::trailARN).containsExactly(ORG_AUDIT);
        }
    }

    @Test
    void accountsOutsideTheOrganizationDoNotSeeIt(CloudTrailMock mock) {
        try (CloudTrailClient outsider = MockClients.as(mock, "444444444444")) {
            assertThat(outsider.describeTrails().trailList()).isEmpty();
            assertThat(outsider.listTrails(r -> { }).trails()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void membersCannotChangeTheOrganizationTrail(String operation, BiConsumer<CloudTrailClient, String> call,
            CloudTrailClient client, CloudTrailMock mock) {
        Trail before = client.getTrail(r -> r.name("org-audit")).trail();

        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertRejected(() -> call.accept(member, ORG_AUDIT), NotOrganizationMasterAccountException.class,
                    "NotOrganizationMasterAccountException")
                    .contains("only the management account 111111111111 can change it, not 222222222222");
        }
        assertThat(client.getTrail(r -> r.name("org-audit")).trail()).isEqualTo(before);
        assertThat(client.getTrailStatus(r -> r.name("org-audit")).isLogging()).isFalse();
        assertThat(client.listTags(r -> r.resourceIdList(ORG_AUDIT)).resourceTagList().get(0).tagsList()).isEmpty();
    }

    @Test
    void membersReadTheOrganizationTrailsSelectors(CloudTrailClient client, CloudTrailMock mock) {
        client.putEventSelectors(r -> r.trailName("org-audit").eventSelectors(s -> s.readWriteType(ReadWriteType.WRITE_ONLY)));
        client.putInsightSelectors(r -> r.trailName("org-audit").insightSelectors(s -> s.insightType(InsightType.API_CALL_RATE_INSIGHT)));

        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertThat(member.getEventSelectors(r -> r.trailName(ORG_AUDIT)).eventSelectors())
                    .extracting(EventSelector::readWriteType).containsExactly(ReadWriteType.WRITE_ONLY);
            assertThat(member.getInsightSelectors(r -> r.trailName(ORG_AUDIT)).insightSelectors())
                    .extracting(InsightSelector::insightType).containsExactly(InsightType.API_CALL_RATE_INSIGHT);
            assertThat(member.getTrail(r -> r.name(ORG_AUDIT)).trail())
                    .returns(true, Trail::hasCustomEventSelectors)
                    .returns(true, Trail::hasInsightSelectors);
        }
    }

    @Test
    void membersCannotCreateOrganizationTrails(CloudTrailMock mock) {
        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertRejected(() -> member.createTrail(r -> r.name("member-org").s3BucketName("logs").isOrganizationTrail(true)),
                    NotOrganizationMasterAccountException.class, "NotOrganizationMasterAccountException")
                    .contains("Account 222222222222 is a member of the organization managed by 111111111111");
            member.createTrail(r -> r.name("member-trail").s3BucketName("logs"));
            assertRejected(() -> member.updateTrail(r -> r.name("member-trail").isOrganizationTrail(true)),
                    NotOrganizationMasterAccountException.class, "NotOrganizationMasterAccountException")
                    .contains("only the management account can create or change organization trails");
            assertThat(member.getTrail(r -> r.name("member-trail")).trail().isOrganizationTrail()).isFalse();
        }
    }

    @Test
    void accountsOutsideTheOrganizationCannotCreateOrganizationTrails(CloudTrailMock mock) {
        try (CloudTrailClient outsider = MockClients.as(mock, "444444444444")) {
            assertRejected(() -> outsider.createTrail(r -> r.name("org").s3BucketName("logs").isOrganizationTrail(true)),
                    OrganizationsNotInUseException.class, "OrganizationsNotInUseException")
                    .contains("Account 444444444444 is not in an organization");
        }
    }

    @Test
    void turningTheOrganizationTrailOffRemovesItFromMembers(CloudTrailClient client, CloudTrailMock mock) {
        client.updateTrail(r -> r.name("org-audit").isOrganizationTrail(false));

        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertThat(member.describeTrails().trailList()).isEmpty();
        }
        client.updateTrail(r -> r.name("management-only").isOrganizationTrail(true));
        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            assertThat(member.describeTrails().trailList()).extracting(Trail::name).containsExactly("management-only");
        }
    }

    @Test
    void organizationTrailsDoNotCountAgainstTheLimitsOfMembers(CloudTrailMock mock) {
        try (CloudTrailClient member = MockClients.as(mock, MEMBER)) {
            for (int i = 1; i <= 5; i++) {
                String name = "member-" + i;
                member.createTrail(r -> r.name(name).s3BucketName("logs"));
            }

            assertThat(member.describeTrails().trailList()).hasSize(6);
        }
    }
}
