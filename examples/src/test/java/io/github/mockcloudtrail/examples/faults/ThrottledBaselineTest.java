package io.github.mockcloudtrail.examples.faults;

import static io.github.mockcloudtrail.CallCount.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.ConnectionFault;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.examples.audit.AuditTrailBaseline;
import io.github.mockcloudtrail.examples.audit.AuditTrailPolicy;
import io.github.mockcloudtrail.examples.audit.BaselineReport.Change;
import io.github.mockcloudtrail.junit.InjectFault;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.MockOrganization;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;

@MockCloudTrail(strict = true, organization = @MockOrganization(managementAccount = "123456789012"))
class ThrottledBaselineTest {
    private static final AuditTrailPolicy POLICY = new AuditTrailPolicy("org-audit", "audit-logs");

    @Test
    @InjectFault(operation = Operation.DESCRIBE_TRAILS, errorCode = "ThrottlingException", times = 2)
    void retriesThrottledCalls(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        try (CloudTrailClient cloudTrail = builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build()) {
            assertThat(new AuditTrailBaseline(cloudTrail, POLICY).enforce().changes())
                    .containsExactly(Change.CREATED_TRAIL, Change.STARTED_LOGGING);
        }
        mock.verify(Operation.DESCRIBE_TRAILS, times(3));
    }

    @Test
    void reportsAnOutageWithoutRetries(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        mock.faults().on(Operation.CREATE_TRAIL).respond(AwsError.serviceUnavailable());

        CloudTrailException outage = catchThrowableOfType(CloudTrailException.class,
                () -> new AuditTrailBaseline(cloudTrail, POLICY).enforce());

        assertThat(outage.statusCode()).isEqualTo(503);
        assertThat(outage.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
    }

    @Test
    void survivesAResetConnection(CloudTrailClientBuilder builder, CloudTrailMock mock) {
        mock.faults().on(Operation.START_LOGGING).once().connection(ConnectionFault.RESET);

        try (CloudTrailClient cloudTrail = builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build()) {
            new AuditTrailBaseline(cloudTrail, POLICY).enforce();
            assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).isLogging()).isTrue();
        }
    }
}
