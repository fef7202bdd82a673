package io.github.mockcloudtrail.examples.audit;

import static io.github.mockcloudtrail.assertj.CloudTrailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.examples.audit.BaselineReport.Change;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3BucketNameException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.OrganizationsNotInUseException;

@MockCloudTrail(organization = @MockOrganization(managementAccount = "123456789012", memberAccounts = "210987654321"))
class AuditTrailBaselineTest {
    private static final AuditTrailPolicy POLICY = new AuditTrailPolicy("org-audit", "example-org-audit-logs");

    @Test
    void createsTheTrailWhenItIsMissing(CloudTrailClient cloudTrail) {
        BaselineReport report = new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(report.changes()).containsExactly(Change.CREATED_TRAIL, Change.STARTED_LOGGING);
        assertMeetsThePolicy(cloudTrail, "example-org-audit-logs");
    }

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "legacy-audit-logs")
    void repairsAHalfConfiguredTrailAndKeepsItsBucket(CloudTrailClient cloudTrail) {
        BaselineReport report = new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(report.changes()).containsExactly(Change.ENABLED_MULTI_REGION, Change.ENABLED_LOG_FILE_VALIDATION,
                Change.MADE_ORGANIZATION_WIDE, Change.STARTED_LOGGING);
        assertMeetsThePolicy(cloudTrail, "legacy-audit-logs");
    }

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "legacy-audit-logs")
    void repairsTheTrailWithOneUpdateTrailCall(CloudTrailClient cloudTrail) {
        new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(cloudTrail).lookupEvents(r -> r.lookupAttributes(LookupAttribute.builder()
                        .attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue("UpdateTrail").build()))
                .singleEvent()
                .record()
                .hasRequestParameter("isMultiRegionTrail", "true")
                .hasRequestParameter("isOrganizationTrail", "true")
                .hasNoErrorCode();
    }

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "example-org-audit-logs", multiRegion = true,
            organizationTrail = true, logFileValidation = true, logging = false)
    void onlyStartsLoggingWhenThatIsAllThatIsMissing(CloudTrailClient cloudTrail) {
        BaselineReport report = new AuditTrailBaseline(cloudTrail, POLICY).enforce();

        assertThat(report.changes()).containsExactly(Change.STARTED_LOGGING);
        assertThat(cloudTrail).trail("org-audit").isLogging();
    }

    @Test
    @SeedTrail(name = "org-audit", s3BucketName = "example-org-audit-logs", logging = true)
    void changesNothingTheSecondTime(CloudTrailClient cloudTrail) {
        AuditTrailBaseline baseline = new AuditTrailBaseline(cloudTrail, POLICY);

        assertThat(baseline.enforce().changes()).containsExactly(Change.ENABLED_MULTI_REGION,
                Change.ENABLED_LOG_FILE_VALIDATION, Change.MADE_ORGANIZATION_WIDE);
        BaselineReport second = baseline.enforce();

        assertThat(second.alreadyCompliant()).isTrue();
        assertThat(second.changes()).isEmpty();
    }

    @Test
    void surfacesCloudTrailsErrorForAnInvalidBucketName(CloudTrailClient cloudTrail) {
        AuditTrailBaseline baseline = new AuditTrailBaseline(cloudTrail,
                new AuditTrailPolicy("org-audit", "Example_Org_Audit_Logs"));

        InvalidS3BucketNameException error = catchThrowableOfType(InvalidS3BucketNameException.class, baseline::enforce);

        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidS3BucketNameException");
        assertThat(cloudTrail).hasNoTrail("org-audit");
    }

    private static void assertMeetsThePolicy(CloudTrailClient cloudTrail, String expectedBucket) {
        assertThat(cloudTrail).trail("org-audit")
                .deliversTo(expectedBucket)
                .isMultiRegion()
                .isOrganizationTrail()
                .hasLogFileValidationEnabled()
                .isLogging();
    }

    @Nested
    @MockCloudTrail
    class InAnAccountOutsideAnyOrganization {
        @Test
        void surfacesOrganizationsNotInUse(CloudTrailClient cloudTrail) {
            AuditTrailBaseline baseline = new AuditTrailBaseline(cloudTrail, POLICY);

            OrganizationsNotInUseException error =
                    catchThrowableOfType(OrganizationsNotInUseException.class, baseline::enforce);

            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("OrganizationsNotInUseException");
        }
    }
}
