package io.github.mockcloudtrail.examples.quickstart;

import static io.github.mockcloudtrail.assertj.CloudTrailAssertions.assertThat;
import static io.github.mockcloudtrail.assertj.CloudTrailBDDAssertions.then;
import static io.github.mockcloudtrail.assertj.CloudTrailInstanceOfAssertFactories.TRAIL;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedDataResource;
import io.github.mockcloudtrail.junit.SeedEventSelector;
import io.github.mockcloudtrail.junit.SeedTrail;
import io.github.mockcloudtrail.selectors.EventDescription;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", s3KeyPrefix = "org/", multiRegion = true,
        logFileValidation = true, logging = true, tags = "owner=security",
        kmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        insightTypes = InsightType.API_CALL_RATE_INSIGHT,
        eventSelectors = @SeedEventSelector(excludeManagementEventSources = "kms.amazonaws.com",
                dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
class AuditRequirementsTest {

    @Test
    void theOrganizationTrailMeetsTheAuditRequirements(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail).trail("org-audit")
                .isLogging()
                .isMultiRegion()
                .hasLogFileValidationEnabled()
                .deliversTo("audit-logs", "org/")
                .isEncryptedWith("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .hasTag("owner", "security")
                .logsManagementEvents(ReadWriteType.ALL)
                .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv")
                .doesNotLogManagementEventsFrom("kms.amazonaws.com")
                .hasInsightSelectors(InsightType.API_CALL_RATE_INSIGHT);
    }

    @Test
    void aFailureSaysWhyAndShowsTheSelectors(CloudTrailClient cloudTrail) {
        EventDescription decrypt = EventDescription.management("kms.amazonaws.com", "Decrypt").readOnly(true).build();

        assertThatThrownBy(() -> assertThat(cloudTrail).trail("org-audit").wouldLog(decrypt))
                .hasMessageContaining("""
                        Expecting trail "org-audit" to log the event, but its selectors
                        would not log kms.amazonaws.com Decrypt (Management, read-only):
                          event selector 1 (ReadWriteType All; management events except kms.amazonaws.com; data events \
                        on AWS::S3::Object arn:aws:s3:::payroll/): the selector excludes management events from kms.amazonaws.com""");
    }

    @Test
    void navigatesToTheSelectorsAndTheStatusAndBack(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail).trail("org-audit")
                .eventSelectors().usesBasicSelectors().hasSize(1)
                .selector(0)
                    .hasReadWriteType(ReadWriteType.ALL)
                    .excludesManagementEventsFrom("kms.amazonaws.com")
                    .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/")
                .returnToSelectors()
                .returnToTrail()
                .status().isLogging().hasNoDeliveryErrors();
    }

    @Test
    void checksTheSdkAnswersATestAlreadyHolds(CloudTrailClient cloudTrail) {
        List<Trail> trails = cloudTrail.describeTrails().trailList();
        GetTrailStatusResponse status = cloudTrail.getTrailStatus(r -> r.name("org-audit"));

        // AssertJ's own assertThat, switched to the trail assertions by an InstanceOfAssertFactory
        Assertions.assertThat(trails).first(TRAIL).isMultiRegion().deliversTo("audit-logs", "org/");
        // the BDD style
        then(status).isLogging().hasNoDeliveryErrors();
    }

    @Test
    void checksWhoStoppedLogging(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        cloudTrail.stopLogging(r -> r.name("org-audit"));

        assertThat(mock).eventHistory()
                .isInNewestFirstOrder()
                .filteredOnSource("cloudtrail.amazonaws.com")
                .filteredOnReadOnly(false)
                .singleEvent()
                .hasEventName("StopLogging")
                .hasUsername("mock-user")
                .record()
                .hasUserIdentityType("IAMUser")
                .hasRequestParameter("name", "org-audit")
                .hasNoErrorCode();
    }
}
