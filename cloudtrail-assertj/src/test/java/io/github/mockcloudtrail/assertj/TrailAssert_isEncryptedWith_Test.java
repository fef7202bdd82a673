package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.APP_TRAIL_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.ENCRYPTED_CONFIGURATION;
import static io.github.mockcloudtrail.assertj.Fixtures.trail;

import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@AuditTrails
@SeedTrail(name = "encrypted", s3BucketName = "secure-logs", kmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab")
class TrailAssert_isEncryptedWith_Test {

    @Test
    void should_pass_if_trail_uses_the_key_given_by_arn_or_id(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "encrypted");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail)
                .isEncryptedWith("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .isEncryptedWith("key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .isEncryptedWith("1234abcd-12ab-34cd-56ef-1234567890ab"));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_if_trail_uses_another_key(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "encrypted");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isEncryptedWith("5678abcd-12ab-34cd-56ef-1234567890ab"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "encrypted" to encrypt its log files with KMS key "5678abcd-12ab-34cd-56ef-1234567890ab", \
                but it uses KMS key "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab".
                """ + ENCRYPTED_CONFIGURATION);
    }

    @Test
    void should_fail_if_only_part_of_the_key_id_matches(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "encrypted");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isEncryptedWith("1234567890ab"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "encrypted" to encrypt its log files with KMS key "1234567890ab", \
                but it uses KMS key "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab".
                """ + ENCRYPTED_CONFIGURATION);
    }

    @Test
    void should_fail_if_trail_is_not_encrypted_with_a_kms_key(CloudTrailClient cloudTrail) {
        // GIVEN
        Trail trail = trail(cloudTrail, "app-trail");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isEncryptedWith("1234abcd-12ab-34cd-56ef-1234567890ab"));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "app-trail" to encrypt its log files with KMS key "1234abcd-12ab-34cd-56ef-1234567890ab", \
                but it does not encrypt them with a KMS key.
                """ + APP_TRAIL_CONFIGURATION);
    }
}
