package io.github.mockcloudtrail.assertj;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@AuditTrails
class LiveTrailAssert_hasNoTag_Test {

    @Test
    void should_pass_if_trail_has_no_tag_with_the_key(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").hasNoTag("temporary"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_has_a_tag_with_the_key(CloudTrailClient cloudTrail) {
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(cloudTrail).trail("org-audit").hasNoTag("cost-center"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "org-audit" to have no tag cost-center, but its tags are: owner=security, cost-center=42.""");
    }
}
