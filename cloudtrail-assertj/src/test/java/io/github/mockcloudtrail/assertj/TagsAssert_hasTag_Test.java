package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_ARN;
import static io.github.mockcloudtrail.assertj.Fixtures.ORG_AUDIT_ARN;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;

@AuditTrails
class TagsAssert_hasTag_Test {

    @Test
    void should_pass_if_the_trail_listed_has_the_tag(CloudTrailClient cloudTrail) {
        // GIVEN
        ListTagsResponse tags = cloudTrail.listTags(r -> r.resourceIdList(ORG_AUDIT_ARN));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(tags).hasTag("owner", "security").hasTag("cost-center", "42"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_a_trail_listed_lacks_the_tag(CloudTrailClient cloudTrail) {
        // GIVEN
        ListTagsResponse tags = cloudTrail.listTags(r -> r.resourceIdList(ORG_AUDIT_ARN, APP_TRAIL_ARN));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(tags).hasTag("owner", "security"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to have tag owner=security, but its tags are: none.""");
    }

    @Test
    void should_fail_if_the_answer_lists_no_trail() {
        // GIVEN
        ListTagsResponse tags = ListTagsResponse.builder().build();
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(tags).hasTag("owner", "security"));
        // THEN
        outcome.shouldFailWith("Expecting the ListTags answer to list the tags of a trail, but it lists none.");
    }
}
