package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.CloudTrailMock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The trails most tests seed, and how failure messages print them.
 *
 * <pre>{@code
 * @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", s3KeyPrefix = "org/", multiRegion = true,
 *         logFileValidation = true, logging = true, tags = {"owner=security", "cost-center=42"})
 * @SeedTrail(name = "app-trail", s3BucketName = "app-logs")
 * }</pre>
 */
final class Fixtures {
    static final String ORG_AUDIT_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
    static final String APP_TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/app-trail";
    static final String PAYROLL_KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    static final String ORG_AUDIT_CONFIGURATION = configuration("org-audit", "multi-Region: yes", "S3 bucket: audit-logs",
            "S3 key prefix: org/", "log file validation: enabled");

    static final String APP_TRAIL_CONFIGURATION = configuration("app-trail", "S3 bucket: app-logs");

    /** {@code @SeedTrail(name = "regional", s3BucketName = "regional-logs", includeGlobalServiceEvents = false)} */
    static final String REGIONAL_CONFIGURATION = configuration("regional", "S3 bucket: regional-logs",
            "global service events: excluded");

    /** {@code @SeedTrail(name = "encrypted", s3BucketName = "secure-logs", kmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab")} */
    static final String ENCRYPTED_CONFIGURATION = configuration("encrypted", "S3 bucket: secure-logs",
            "KMS key: " + PAYROLL_KEY_ARN);

    /** The failure of {@code trail("nope")} on {@link AuditTrails}. */
    static final String MISSING_TRAIL = """
            Expecting trail "nope" in us-east-1, but CloudTrail does not know it.
            Trails that exist:
              arn:aws:cloudtrail:us-east-1:123456789012:trail/app-trail
              arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""";

    /** The selectors of the trails of {@link SelectorTrails}, as failure messages print them. */
    static final String MANAGEMENT_ONLY_SELECTOR =
            "event selector 1 (ReadWriteType All; management events; no data events)";
    static final String PAYROLL_AUDIT_SELECTOR = "event selector 1 (ReadWriteType WriteOnly; management events; "
            + "data events on AWS::S3::Object arn:aws:s3:::payroll/)";
    static final String NO_KMS_SELECTOR = "event selector 1 (ReadWriteType All; management events except "
            + "kms.amazonaws.com; data events on AWS::S3::Object arn:aws:s3:::)";
    static final String DATA_ONLY_SELECTOR = "event selector 1 (ReadWriteType All; no management events; "
            + "data events on AWS::S3::Object arn:aws:s3:::payroll/)";
    static final String FINE_GRAINED_MANAGEMENT_SELECTOR =
            "advanced event selector 1 (\"Management events\": eventCategory Equals [Management])";
    static final String FINE_GRAINED_PAYROLL_SELECTOR = "advanced event selector 2 (\"Payroll objects\": eventCategory "
            + "Equals [Data] AND resources.type Equals [AWS::S3::Object] AND resources.ARN StartsWith [arn:aws:s3:::payroll/])";

    static final String FINE_GRAINED_SELECTORS = """
            Event selectors of trail "fine-grained":
              %s
              %s""".formatted(FINE_GRAINED_MANAGEMENT_SELECTOR, FINE_GRAINED_PAYROLL_SELECTOR);

    /** An object of bucket payroll, whose data events some trails of {@link SelectorTrails} log. */
    static final String PAYROLL_REPORT = "arn:aws:s3:::payroll/2026/report.csv";

    /** The events of {@link AuditHistory}, as failure messages list them. */
    static final String AUDIT_HISTORY_EVENTS = """
              0: 2024-03-01T11:30:00Z Decrypt from kms.amazonaws.com by payroll-app (read-only) \
            on AWS::KMS::Key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
              1: 2024-03-01T11:00:00Z DescribeTrails from cloudtrail.amazonaws.com by alice (read-only)
              2: 2024-03-01T10:00:00Z StopLogging from cloudtrail.amazonaws.com by mallory (write) \
            on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit
              3: 2024-03-01T09:00:00Z CreateTrail from cloudtrail.amazonaws.com by alice (write) \
            on AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""";

    /** The {@code Decrypt} event of {@link AuditHistory}, as failure messages show it. */
    static final String DECRYPT_DETAILS = """
            Event "Decrypt":
              event ID: 00000000-0000-0000-0000-000000000004
              event time: 2024-03-01T11:30:00Z
              event source: kms.amazonaws.com
              username: payroll-app
              read-only: true
              access key: 123456789012
              resources: AWS::KMS::Key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab""";

    /** The {@code StopLogging} event of {@link AuditHistory}, as failure messages show it. */
    static final String STOP_LOGGING_DETAILS = """
            Event "StopLogging":
              event ID: 00000000-0000-0000-0000-000000000002
              event time: 2024-03-01T10:00:00Z
              event source: cloudtrail.amazonaws.com
              username: mallory
              read-only: false
              access key: 123456789012
              resources: AWS::CloudTrail::Trail arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit""";

    /** The record of {@code StopLogging} on org-audit of {@link OrgAuditCalls}, as failure messages show it. */
    static final String STOP_LOGGING_RECORD = """
            CloudTrail record:
              eventName: StopLogging
              eventSource: cloudtrail.amazonaws.com
              eventTime: 2024-03-01T12:00:00Z
              userIdentity: type IAMUser, ARN arn:aws:iam::123456789012:user/mock-user
              requestParameters: name=org-audit
              errorCode: none""";

    /** The record of the refused {@code DeleteTrail} of trail nope, as failure messages show it. */
    static final String DELETE_NOPE_RECORD = """
            CloudTrail record:
              eventName: DeleteTrail
              eventSource: cloudtrail.amazonaws.com
              eventTime: 2024-03-01T12:00:00Z
              userIdentity: type IAMUser, ARN arn:aws:iam::123456789012:user/mock-user
              requestParameters: name=nope
              errorCode: TrailNotFoundException (Unknown trail: nope for the user: 123456789012)""";

    /** Stops logging of org-audit, and tries to delete a trail that does not exist. */
    static void stopOrgAuditAndDeleteNope(CloudTrailClient cloudTrail) {
        cloudTrail.stopLogging(r -> r.name("org-audit"));
        try {
            cloudTrail.deleteTrail(r -> r.name("nope"));
        } catch (TrailNotFoundException expected) {
            // recorded with its error code
        }
    }

    /** The access key the mock's injected clients sign with. */
    static String accessKey(CloudTrailMock mock) {
        return mock.credentialsProvider().resolveCredentials().accessKeyId();
    }

    /** How failure messages list the {@code StopLogging} of {@link #stopOrgAuditAndDeleteNope}, signed with key %s. */
    static final String STOP_ORG_AUDIT_CALL =
            "2024-03-01T12:00:00Z StopLogging \"org-audit\" -> 200 (us-east-1, 123456789012, key %s)";

    /** How failure messages list the {@code DeleteTrail} of {@link #stopOrgAuditAndDeleteNope}, signed with key %s. */
    static final String DELETE_NOPE_CALL =
            "2024-03-01T12:00:00Z DeleteTrail \"nope\" -> 400 TrailNotFoundException (us-east-1, 123456789012, key %s)";

    /**
     * How a check with an upper bound fails on a {@link ShortJournal} after {@link #stopOrgAuditAndDeleteNope}:
     * the expectation, the note that the journal was cut short, and the {@code DeleteTrail} it kept, starred if
     * it counts.
     */
    static String cutShortFailure(String expectation, String accessKey, boolean deleteCounts) {
        return expectation + """

                The journal was cut short: it dropped its oldest call (journalLimit = 1), so it cannot prove an upper \
                bound: raise journalLimit.
                """ + (deleteCounts ? "Calls received (* marks those that count):\n* 0: " : "Calls received:\n  0: ")
                + DELETE_NOPE_CALL.formatted(accessKey);
    }

    /**
     * How failure messages list the calls of {@link #stopOrgAuditAndDeleteNope}, signed with this access key,
     * with those at the {@code marked} positions starred.
     */
    static String stopOrgAuditAndDeleteNopeCalls(String accessKey, int... marked) {
        List<String> calls = List.of(STOP_ORG_AUDIT_CALL, DELETE_NOPE_CALL);
        Set<Integer> starred = Arrays.stream(marked).boxed().collect(Collectors.toSet());
        return IntStream.range(0, calls.size())
                .mapToObj(i -> (starred.contains(i) ? "* " : "  ") + i + ": " + calls.get(i).formatted(accessKey))
                .collect(Collectors.joining("\n"));
    }

    private Fixtures() {
    }

    /**
     * How failure messages print the configuration of a trail created in us-east-1 of account 123456789012
     * with CloudTrail's defaults but for these settings, given as they print, such as {@code "multi-Region: yes"}.
     */
    static String configuration(String name, String... settings) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("ARN", "arn:aws:cloudtrail:us-east-1:123456789012:trail/" + name);
        lines.put("home Region", "us-east-1");
        lines.put("multi-Region", "no");
        lines.put("organization trail", "no");
        lines.put("S3 bucket", "none");
        lines.put("S3 key prefix", "none");
        lines.put("log file validation", "disabled");
        lines.put("KMS key", "none");
        lines.put("global service events", "included");
        lines.put("SNS topic", "none");
        lines.put("CloudWatch Logs log group", "none");
        for (String setting : settings) {
            String[] labelAndValue = setting.split(": ", 2);
            if (lines.replace(labelAndValue[0], labelAndValue[1]) == null) {
                throw new IllegalArgumentException("No setting " + labelAndValue[0]);
            }
        }
        return "Configuration of trail \"" + name + "\":\n" + lines.entrySet().stream()
                .map(line -> "  " + line.getKey() + ": " + line.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** The trail's selectors as {@code GetEventSelectors} returns them. */
    static GetEventSelectorsResponse selectors(CloudTrailClient cloudTrail, String trailName) {
        return cloudTrail.getEventSelectors(request -> request.trailName(trailName));
    }

    /** The events of the history, newest first, as one {@code LookupEvents} page returns them. */
    static List<Event> history(CloudTrailClient cloudTrail) {
        return cloudTrail.lookupEvents(request -> { }).events();
    }

    /** The newest event of this name. */
    static Event newest(CloudTrailClient cloudTrail, String eventName) {
        return cloudTrail.lookupEvents(request -> request.lookupAttributes(LookupAttribute.builder()
                .attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue(eventName).build())).events().get(0);
    }

    /** The trail as {@code GetTrail} returns it. */
    static Trail trail(CloudTrailClient cloudTrail, String name) {
        return cloudTrail.getTrail(request -> request.name(name)).trail();
    }
}
