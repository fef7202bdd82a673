package io.github.mockcloudtrail.examples.dataevents;

import io.github.mockcloudtrail.selectors.EventDescription;
import io.github.mockcloudtrail.selectors.SelectorEvaluator;
import io.github.mockcloudtrail.selectors.SelectorVerdict;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Checks that CloudTrail records what a security team must be able to trace for a bucket holding sensitive data:
 * every read and every write of its objects (S3 data events), and every use of KMS keys (management events from
 * {@code kms.amazonaws.com}, which a trail can be told to leave out).
 *
 * <p>Each trail visible in the client's Region is asked for its event selectors and status; the selectors are
 * evaluated against one probe event per requirement. A trail that is not logging covers nothing. The account is
 * compliant when at least one trail covers every requirement.
 *
 * <pre>{@code
 * BucketCoverageReport report = new SensitiveBucketAudit(cloudTrail, "payroll").run();
 * if (!report.compliant()) {
 *     report.gaps().forEach(gap -> log.warn("{}", gap));
 * }
 * }</pre>
 */
public final class SensitiveBucketAudit {
    private final CloudTrailClient cloudTrail;
    private final List<Requirement> requirements;

    /**
     * @param cloudTrail a client for the account and Region to check
     * @param bucket the sensitive bucket's name
     */
    public SensitiveBucketAudit(CloudTrailClient cloudTrail, String bucket) {
        this.cloudTrail = cloudTrail;
        String anObject = "arn:aws:s3:::" + bucket + "/any-object";
        this.requirements = List.of(
                new Requirement("reads of " + bucket, EventDescription.data("s3.amazonaws.com", "GetObject")
                        .readOnly(true).resource("AWS::S3::Object", anObject).build()),
                new Requirement("writes to " + bucket, EventDescription.data("s3.amazonaws.com", "PutObject")
                        .readOnly(false).resource("AWS::S3::Object", anObject).build()),
                new Requirement("KMS key use", EventDescription.management("kms.amazonaws.com", "Decrypt")
                        .readOnly(true).build()));
    }

    /** Checks every trail visible in the Region. */
    public BucketCoverageReport run() {
        List<String> covering = new ArrayList<>();
        List<BucketCoverageReport.Gap> gaps = new ArrayList<>();
        for (Trail trail : cloudTrail.describeTrails().trailList()) {
            List<BucketCoverageReport.Gap> trailGaps = check(trail);
            if (trailGaps.isEmpty()) {
                covering.add(trail.name());
            }
            gaps.addAll(trailGaps);
        }
        return new BucketCoverageReport(covering, gaps);
    }

    private List<BucketCoverageReport.Gap> check(Trail trail) {
        if (!cloudTrail.getTrailStatus(r -> r.name(trail.trailARN())).isLogging()) {
            return List.of(new BucketCoverageReport.Gap(trail.name(), "anything", "the trail is not logging"));
        }
        SelectorEvaluator selectors = SelectorEvaluator.of(cloudTrail.getEventSelectors(r -> r.trailName(trail.trailARN())));
        List<BucketCoverageReport.Gap> gaps = new ArrayList<>();
        for (Requirement requirement : requirements) {
            SelectorVerdict verdict = selectors.explain(requirement.probe());
            if (!verdict.logged()) {
                gaps.add(new BucketCoverageReport.Gap(trail.name(), requirement.name(), verdict.toString()));
            }
        }
        return gaps;
    }

    /** Something the trail must log, and an event that stands for it. */
    private record Requirement(String name, EventDescription probe) {
    }
}
