package io.github.mockcloudtrail.selectors;

import static io.github.mockcloudtrail.selectors.FieldOperator.ENDS_WITH;
import static io.github.mockcloudtrail.selectors.FieldOperator.EQUALS;
import static io.github.mockcloudtrail.selectors.FieldOperator.NOT_ENDS_WITH;
import static io.github.mockcloudtrail.selectors.FieldOperator.STARTS_WITH;
import static io.github.mockcloudtrail.selectors.Selectors.S3_OBJECT;
import static io.github.mockcloudtrail.selectors.Selectors.basic;
import static io.github.mockcloudtrail.selectors.Selectors.data;
import static io.github.mockcloudtrail.selectors.Selectors.field;
import static io.github.mockcloudtrail.selectors.Selectors.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

class SelectorRendererTest {

    @Test
    void rendersTheDefaultSelector() {
        assertThat(SelectorRenderer.render(Selectors.defaultSelector()))
                .isEqualTo("ReadWriteType All; management events; no data events");
    }

    @Test
    void rendersExclusionsAndDataResources() {
        EventSelector selector = basic(ReadWriteType.WRITE_ONLY, true,
                data(S3_OBJECT, "arn:aws:s3:::payroll/", "arn:aws:s3:::hr/"), data("AWS::Lambda::Function", "arn:aws:lambda"))
                .toBuilder().excludeManagementEventSources("kms.amazonaws.com").build();

        assertThat(SelectorRenderer.render(selector)).isEqualTo("ReadWriteType WriteOnly; management events except"
                + " kms.amazonaws.com; data events on AWS::S3::Object arn:aws:s3:::payroll/, arn:aws:s3:::hr/;"
                + " AWS::Lambda::Function arn:aws:lambda");
        assertThat(SelectorRenderer.render(basic(ReadWriteType.READ_ONLY, false, data(S3_OBJECT))))
                .isEqualTo("ReadWriteType ReadOnly; no management events; data events on AWS::S3::Object (no values)");
    }

    @Test
    void rendersAnAdvancedSelectorAsItsConditions() {
        assertThat(SelectorRenderer.render(named("Payroll writes", field("eventCategory", EQUALS, "Data"),
                field("resources.type", EQUALS, S3_OBJECT), field("resources.ARN", STARTS_WITH, "arn:aws:s3:::payroll/"),
                field("readOnly", EQUALS, "false"))))
                .isEqualTo("\"Payroll writes\": eventCategory Equals [Data] AND resources.type Equals [AWS::S3::Object]"
                        + " AND resources.ARN StartsWith [arn:aws:s3:::payroll/] AND readOnly Equals [false]");
        assertThat(SelectorRenderer.render(Selectors.advanced())).isEqualTo("(no field selectors)");
    }

    @Test
    void groupsPositiveOperatorsBesideNegativeOnes() {
        assertThat(SelectorRenderer.render(field("resources.ARN", STARTS_WITH, "a/", NOT_ENDS_WITH, ".tmp")))
                .isEqualTo("resources.ARN StartsWith [a/] and NotEndsWith [.tmp]");
        AdvancedFieldSelector three = field("resources.ARN", STARTS_WITH, "a/", ENDS_WITH, ".pdf").toBuilder()
                .notEndsWith(".tmp").build();
        assertThat(SelectorRenderer.render(three))
                .isEqualTo("resources.ARN (StartsWith [a/] or EndsWith [.pdf]) and NotEndsWith [.tmp]");
        assertThat(SelectorRenderer.render(AdvancedFieldSelector.builder().field("eventName").build()))
                .isEqualTo("eventName (no operator)");
    }

    @Test
    void rendersAGetEventSelectorsAnswerOneSelectorALine() {
        GetEventSelectorsResponse response = GetEventSelectorsResponse.builder()
                .trailARN("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit")
                .eventSelectors(Selectors.defaultSelector(), basic(ReadWriteType.READ_ONLY, false, data(S3_OBJECT, "arn:aws:s3:::")))
                .build();

        assertThat(SelectorRenderer.render(response)).isEqualTo("""
                arn:aws:cloudtrail:us-east-1:123456789012:trail/audit:
                  event selector 1 (ReadWriteType All; management events; no data events)
                  event selector 2 (ReadWriteType ReadOnly; no management events; data events on AWS::S3::Object arn:aws:s3:::)""");
        assertThat(SelectorEvaluator.of(response).withInsightSelectors(List.of(
                InsightSelector.builder().insightType(InsightType.API_CALL_RATE_INSIGHT).build())))
                .hasToString("""
                        event selector 1 (ReadWriteType All; management events; no data events)
                        event selector 2 (ReadWriteType ReadOnly; no management events; data events on AWS::S3::Object arn:aws:s3:::)
                        Insights selector ApiCallRateInsight""");
        assertThat(SelectorEvaluator.ofEventSelectors(List.of())).hasToString("no selectors");
    }

    @Test
    void rendersEvents() {
        assertThat(BasicSelectorCasesTest.putObject("arn:aws:s3:::b/k"))
                .hasToString("s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::b/k");
        assertThat(EventDescription.management("ec2.amazonaws.com", "RunInstances").build())
                .hasToString("ec2.amazonaws.com RunInstances (Management, read/write unknown)");
        assertThat(BasicSelectorCasesTest.kms("Decrypt")).hasToString("kms.amazonaws.com Decrypt (Management, read-only)");
        assertThat(EventDescription.insight("ec2.amazonaws.com", "RunInstances", "ApiCallRateInsight").build())
                .hasToString("ec2.amazonaws.com RunInstances (Insight ApiCallRateInsight)");
    }
}
