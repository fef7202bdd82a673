package io.github.mockcloudtrail.examples.dataevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.examples.dataevents.BucketCoverageReport.Gap;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedAdvancedEventSelector;
import io.github.mockcloudtrail.junit.SeedDataResource;
import io.github.mockcloudtrail.junit.SeedEventSelector;
import io.github.mockcloudtrail.junit.SeedFieldSelector;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@MockCloudTrail
class SensitiveBucketAuditTest {

    @Test
    @SeedTrail(name = "payroll-audit", logging = true, eventSelectors = @SeedEventSelector(
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
    void aTrailLoggingTheBucketsObjectsAndManagementEventsIsCompliant(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.compliant()).isTrue();
        assertThat(report.coveringTrails()).containsExactly("payroll-audit");
        assertThat(report.gaps()).isEmpty();
    }

    @Test
    @SeedTrail(name = "management-only", logging = true)
    void theDefaultSelectorLogsNoDataEvents(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.compliant()).isFalse();
        assertThat(report.gaps()).extracting(Gap::missing).containsExactly("reads of payroll", "writes to payroll");
        assertThat(report.gaps().get(0).why()).isEqualTo("""
                would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/any-object:
                  event selector 1 (ReadWriteType All; management events; no data events): the selector logs no data events""");
    }

    @Test
    @SeedTrail(name = "no-kms", logging = true, eventSelectors = @SeedEventSelector(
            excludeManagementEventSources = "kms.amazonaws.com",
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::")))
    void excludingKmsEventsLeavesAGap(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.trail()).isEqualTo("no-kms");
            assertThat(gap.missing()).isEqualTo("KMS key use");
            assertThat(gap.why()).endsWith("the selector excludes management events from kms.amazonaws.com");
        });
    }

    @Test
    @SeedTrail(name = "writes-only", logging = true, eventSelectors = @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY,
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
    @SeedTrail(name = "other-bucket", logging = true, eventSelectors = @SeedEventSelector(
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::marketing/")))
    void reportsWhatEachTrailMisses(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.compliant()).isFalse();
        assertThat(report.gaps()).extracting(Gap::trail, Gap::missing).containsExactlyInAnyOrder(
                tuple("other-bucket", "reads of payroll"),
                tuple("other-bucket", "writes to payroll"),
                tuple("writes-only", "reads of payroll"),
                // KMS Decrypt is a read: a WriteOnly selector drops it too.
                tuple("writes-only", "KMS key use"));
    }

    @Test
    @SeedTrail(name = "fine-grained", logging = true, advancedEventSelectors = {
        @SeedAdvancedEventSelector(name = "Management events", fieldSelectors =
                @SeedFieldSelector(field = "eventCategory", equalsValue = "Management")),
        @SeedAdvancedEventSelector(name = "Payroll objects", fieldSelectors = {
            @SeedFieldSelector(field = "eventCategory", equalsValue = "Data"),
            @SeedFieldSelector(field = "resources.type", equalsValue = "AWS::S3::Object"),
            @SeedFieldSelector(field = "resources.ARN", startsWith = "arn:aws:s3:::payroll/")})})
    void advancedSelectorsCanCoverTheBucketToo(CloudTrailClient cloudTrail) {
        assertThat(new SensitiveBucketAudit(cloudTrail, "payroll").run().coveringTrails()).containsExactly("fine-grained");
    }

    @Test
    @SeedTrail(name = "stopped", eventSelectors = @SeedEventSelector(
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
    void aTrailThatIsNotLoggingCoversNothing(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.gaps()).containsExactly(new Gap("stopped", "anything", "the trail is not logging"));
    }

    @Test
    void anAccountWithoutTrailsIsNotCompliant(CloudTrailClient cloudTrail) {
        BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();

        assertThat(report.compliant()).isFalse();
        assertThat(report.gaps()).isEmpty();
    }
}
