package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.assertj.CloudTrailSoftAssertions;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@MockCloudTrail
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true, logFileValidation = true, logging = true)
@SeedTrail(name = "app-trail", s3BucketName = "app-logs", logging = true)
@ExtendWith(SoftAssertionsExtension.class)
class SoftAuditRequirementsTest {
    @InjectSoftAssertions
    CloudTrailSoftAssertions softly;

    @Test
    void reportsEveryGapAtOnce(CloudTrailClient cloudTrail) {
        // Each failure is collected, and the test fails after it ran, listing all of them.
        softly.assertThat(cloudTrail).trail("org-audit")
                .isLogging()
                .isMultiRegion()
                .hasLogFileValidationEnabled()
                .logsManagementEvents(ReadWriteType.ALL);
        softly.assertThat(cloudTrail).trail("app-trail")
                .isLogging()
                .deliversTo("app-logs");
    }

    @Test
    void collectsFailuresOfEveryKindOfCheck(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        cloudTrail.stopLogging(r -> r.name("app-trail"));

        // A SoftAssertions object of your own, checked by hand, shows what the extension would report.
        CloudTrailSoftAssertions audit = new CloudTrailSoftAssertions();
        audit.assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("app-trail").once(); // recorded calls
        audit.assertThat(cloudTrail).trail("app-trail").isLogging();                              // logging
        audit.assertThat(cloudTrail).trail("app-trail").isMultiRegion();                          // trail state
        audit.assertThat(cloudTrail).trail("app-trail")                                           // selectors
                .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/report.csv");
        audit.assertThat(mock).eventHistory().doesNotContainEventNamed("StopLogging");            // event history

        assertThat(audit.errorsCollected()).hasSize(4);
        assertThatThrownBy(audit::assertAll).hasMessageContainingAll(
                "Expecting trail \"app-trail\" to be logging, but it is not.",
                "Expecting trail \"app-trail\" to be a multi-Region trail, but it is not.",
                "Expecting trail \"app-trail\" to log data events on AWS::S3::Object arn:aws:s3:::payroll/report.csv",
                "Expecting no event named \"StopLogging\" in the event history");
    }
}
