package io.github.mockcloudtrail.selectors;

import static io.github.mockcloudtrail.selectors.Selectors.S3_OBJECT;
import static io.github.mockcloudtrail.selectors.Selectors.basic;
import static io.github.mockcloudtrail.selectors.Selectors.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/** The explanation a verdict gives, word for word, as assertion messages will print it. */
class SelectorVerdictTest {
    private static final SelectorEvaluator TWO_SELECTORS = SelectorEvaluator.of(GetEventSelectorsResponse.builder()
            .eventSelectors(basic(ReadWriteType.WRITE_ONLY, true), basic(ReadWriteType.ALL, false,
                    data(S3_OBJECT, "arn:aws:s3:::bucket-1/")))
            .build());

    @Test
    void namesTheSelectorThatMatched() {
        SelectorVerdict verdict = TWO_SELECTORS.explain(BasicSelectorCasesTest.getObject("arn:aws:s3:::bucket-1/cat.jpg"));

        assertThat(verdict.logged()).isTrue();
        assertThat(verdict.matchedBy()).contains("event selector 2 (ReadWriteType All; no management events;"
                + " data events on AWS::S3::Object arn:aws:s3:::bucket-1/)");
        assertThat(verdict).hasToString("""
                would log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object arn:aws:s3:::bucket-1/cat.jpg:
                  matched by event selector 2 (ReadWriteType All; no management events; data events on AWS::S3::Object arn:aws:s3:::bucket-1/)""");
    }

    @Test
    void saysWhyNoSelectorMatched() {
        EventDescription event = BasicSelectorCasesTest.getObject("arn:aws:s3:::bucket-2/cat.jpg");

        SelectorVerdict verdict = TWO_SELECTORS.explain(event);

        assertThat(verdict.logged()).isFalse();
        assertThat(verdict.event()).isEqualTo(event);
        assertThat(verdict.matchedBy()).isEmpty();
        assertThat(verdict.reasons()).containsExactly(
                "event selector 1 (ReadWriteType WriteOnly; management events; no data events):"
                        + " the selector logs no data events",
                "event selector 2 (ReadWriteType All; no management events; data events on AWS::S3::Object"
                        + " arn:aws:s3:::bucket-1/): AWS::S3::Object arn:aws:s3:::bucket-2/cat.jpg is covered by none of"
                        + " [arn:aws:s3:::bucket-1/]");
        assertThat(verdict).hasToString("would not log s3.amazonaws.com GetObject (Data, read-only) on AWS::S3::Object"
                + " arn:aws:s3:::bucket-2/cat.jpg:\n  " + String.join("\n  ", verdict.reasons()));
    }

    @Test
    void saysWhenThereAreNoSelectors() {
        SelectorVerdict verdict = SelectorEvaluator.ofAdvancedEventSelectors(List.of())
                .explain(BasicSelectorCasesTest.ec2("RunInstances", false));

        assertThat(verdict.logged()).isFalse();
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict).hasToString("would not log ec2.amazonaws.com RunInstances (Management, write): there are no"
                + " event selectors");
    }
}
