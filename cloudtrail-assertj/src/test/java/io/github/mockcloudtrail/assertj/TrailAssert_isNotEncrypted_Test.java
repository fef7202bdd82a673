package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.ENCRYPTED_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "encrypted", s3BucketName = "secure-logs", kmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab")
class TrailAssert_isNotEncrypted_Test {

    @Test
    void should_pass_if_trail_has_no_kms_key(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isNotEncrypted());
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_uses_a_kms_key(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "encrypted");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isNotEncrypted());
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "encrypted" not to encrypt its log files with a KMS key, \
                but it uses KMS key "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab".
                """ + ENCRYPTED_CONFIGURATION);
    }
}
