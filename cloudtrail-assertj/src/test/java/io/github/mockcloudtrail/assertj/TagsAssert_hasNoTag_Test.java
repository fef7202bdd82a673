package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_ARN;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;

@AuditTrails
class TagsAssert_hasNoTag_Test {

    @Test
    void should_pass_if_no_trail_listed_has_the_tag(CloudTrailClient cloudTrail) {
        // GIVEN
        ListTagsResponse tags = cloudTrail.listTags(r -> r.resourceIdList(ORG_AUDIT_ARN, APP_TRAIL_ARN));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(tags).hasNoTag("temporary"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_trail_listed_has_the_tag(CloudTrailClient cloudTrail) {
        // GIVEN
        ListTagsResponse tags = cloudTrail.listTags(r -> r.resourceIdList(APP_TRAIL_ARN, ORG_AUDIT_ARN));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(tags).hasNoTag("owner"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have no tag owner, but its tags are: owner=security, cost-center=42.""");
    }

    @Test
    void should_fail_if_the_answer_is_null() {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat((ListTagsResponse) null).hasNoTag("owner"));
        // THEN
        outcome.shouldFailWith("Expecting actual not to be null");
    }
}
