package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mock CloudTrail whose event history holds four seeded events and nothing else (recording of the mock's
 * own calls is off), its clock at 2024-03-01T12:00:00Z. Newest first:
 *
 * <ol start="0">
 *   <li>11:30 {@code Decrypt} from kms.amazonaws.com by payroll-app, read-only, on a KMS key;</li>
 *   <li>11:00 {@code DescribeTrails} by alice, read-only;</li>
 *   <li>10:00 {@code StopLogging} by mallory, a write, on trail org-audit;</li>
 *   <li>09:00 {@code CreateTrail} by alice, a write, on trail org-audit.</li>
 * </ol>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockCloudTrail(clock = "2024-03-01T12:00:00Z", recordCalls = false)
@SeedEvent(eventName = "CreateTrail", username = "alice", ago = "PT3H", eventId = "00000000-0000-0000-0000-000000000001",
        resources = "AWS::CloudTrail::Trail=" + Fixtures.ORG_AUDIT_ARN)
@SeedEvent(eventName = "StopLogging", username = "mallory", ago = "PT2H", eventId = "00000000-0000-0000-0000-000000000002",
        resources = "AWS::CloudTrail::Trail=" + Fixtures.ORG_AUDIT_ARN)
@SeedEvent(eventName = "DescribeTrails", username = "alice", ago = "PT1H", readOnly = true,
        eventId = "00000000-0000-0000-0000-000000000003")
@SeedEvent(eventName = "Decrypt", eventSource = "kms.amazonaws.com", username = "payroll-app", ago = "PT30M", readOnly = true,
        eventId = "00000000-0000-0000-0000-000000000004", resources = "AWS::KMS::Key=" + Fixtures.PAYROLL_KEY_ARN)
@interface AuditHistory {
}
