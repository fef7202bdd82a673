package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedDataResource;
import io.github.mockcloudtrail.junit.SeedEventSelector;
import io.github.mockcloudtrail.junit.SeedTrail;
import io.github.mockcloudtrail.selectors.EventDescription;
import io.github.mockcloudtrail.selectors.SelectorEvaluator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@MockCloudTrail
@SeedTrail(name = "payroll-audit", eventSelectors = @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY,
        dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")),
        insightTypes = InsightType.API_CALL_RATE_INSIGHT)
class SeededSelectorsTest {

    @Test
    void logsWritesToThePayrollBucketButNotReads(CloudTrailClient cloudTrail) {
        SelectorEvaluator selectors = SelectorEvaluator.of(cloudTrail.getEventSelectors(r -> r.trailName("payroll-audit")));
        EventDescription upload = EventDescription.data("s3.amazonaws.com", "PutObject").readOnly(false)
                .resource("AWS::S3::Object", "arn:aws:s3:::payroll/2024/march.csv").build();
        EventDescription download = EventDescription.data("s3.amazonaws.com", "GetObject").readOnly(true)
                .resource("AWS::S3::Object", "arn:aws:s3:::payroll/2024/march.csv").build();

        assertThat(selectors.wouldLog(upload)).isTrue();
        assertThat(selectors.explain(download)).hasToString("""
                would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::payroll/2024/march.csv:
                  event selector 1 (ReadWriteType WriteOnly; management events; data events on AWS::S3::Object \
                arn:aws:s3:::payroll/): the event is read-only and the selector takes WriteOnly events""");
    }

    @Test
    void turnsOnTheSeededInsights(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.getInsightSelectors(r -> r.trailName("payroll-audit")).insightSelectors())
                .extracting(InsightSelector::insightType).containsExactly(InsightType.API_CALL_RATE_INSIGHT);
        assertThat(cloudTrail.getTrail(r -> r.name("payroll-audit")).trail().hasInsightSelectors()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked") // the SDK's builders take varargs of Consumers
    void seedsAdvancedSelectorsFromSdkTypes(CloudTrailMock mock, CloudTrailClient cloudTrail) {
        mock.seedTrail(TrailSeed.named("uploads")
                .advancedEventSelectors(AdvancedEventSelector.builder()
                        .name("Payroll uploads")
                        .fieldSelectors(f -> f.field("eventCategory").equalsValue("Data"),
                                f -> f.field("resources.type").equalsValue("AWS::S3::Object"),
                                f -> f.field("resources.ARN").startsWith("arn:aws:s3:::payroll/"),
                                f -> f.field("eventName").equalsValue("PutObject", "DeleteObject"))
                        .build())
                .build());

        EventDescription delete = EventDescription.data("s3.amazonaws.com", "DeleteObject").readOnly(false)
                .resource("AWS::S3::Object", "arn:aws:s3:::payroll/old.csv").build();
        assertThat(SelectorEvaluator.of(cloudTrail.getEventSelectors(r -> r.trailName("uploads"))).wouldLog(delete)).isTrue();
    }
}
