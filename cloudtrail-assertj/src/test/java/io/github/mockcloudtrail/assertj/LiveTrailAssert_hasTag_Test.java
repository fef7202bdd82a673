package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

@AuditTrails
class LiveTrailAssert_hasTag_Test {

    @Test
    void should_pass_if_trail_has_the_tag(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit")
                .hasTag("owner", "security")
                .hasTag("cost-center", "42"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_pass_if_trail_has_the_tag_without_value(CloudTrailClient cloudTrail) {
        // GIVEN
        cloudTrail.addTags(r -> r.resourceId(Fixtures.APP_TRAIL_ARN).tagsList(Tag.builder().key("audited").build()));
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").hasTag("audited", null));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_the_tag_has_another_value(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").hasTag("owner", "platform"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have tag owner=platform, but its tags are: owner=security, cost-center=42.""");
    }

    @Test
    void should_fail_if_trail_has_no_tags(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("app-trail").hasTag("owner", "security"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to have tag owner=security, but its tags are: none.""");
    }
}
