package io.github.mockcloudtrail.selectors;

import static io.github.mockcloudtrail.selectors.BasicSelectorCasesTest.ec2;
import static io.github.mockcloudtrail.selectors.BasicSelectorCasesTest.getObject;
import static io.github.mockcloudtrail.selectors.BasicSelectorCasesTest.invoke;
import static io.github.mockcloudtrail.selectors.BasicSelectorCasesTest.kms;
import static io.github.mockcloudtrail.selectors.BasicSelectorCasesTest.putObject;
import static io.github.mockcloudtrail.selectors.FieldOperator.ENDS_WITH;
import static io.github.mockcloudtrail.selectors.FieldOperator.EQUALS;
import static io.github.mockcloudtrail.selectors.FieldOperator.NOT_ENDS_WITH;
import static io.github.mockcloudtrail.selectors.FieldOperator.NOT_EQUALS;
import static io.github.mockcloudtrail.selectors.FieldOperator.NOT_STARTS_WITH;
import static io.github.mockcloudtrail.selectors.FieldOperator.STARTS_WITH;
import static io.github.mockcloudtrail.selectors.Selectors.LAMBDA_FUNCTION;
import static io.github.mockcloudtrail.selectors.Selectors.S3_OBJECT;
import static io.github.mockcloudtrail.selectors.Selectors.advanced;
import static io.github.mockcloudtrail.selectors.Selectors.dataEvents;
import static io.github.mockcloudtrail.selectors.Selectors.field;
import static io.github.mockcloudtrail.selectors.Selectors.named;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;

/**
 * Advanced event selectors, case by case: every operator, with several values (OR for positive operators, AND
 * for negative ones), AND across field selectors, OR across selectors, and each field's meaning.
 */
class AdvancedSelectorCasesTest {
    private static final String BUCKET_1 = "arn:aws:s3:::bucket-1/";

    static Stream<EvaluationCase> operators() {
        AdvancedEventSelector putOrDelete = dataEvents(S3_OBJECT, field("eventName", EQUALS, "PutObject", "DeleteObject"));
        AdvancedEventSelector twoBuckets = dataEvents(S3_OBJECT,
                field("resources.ARN", STARTS_WITH, BUCKET_1, "arn:aws:s3:::bucket-3/"));
        AdvancedEventSelector pdfs = dataEvents(S3_OBJECT, field("resources.ARN", ENDS_WITH, ".pdf"));
        AdvancedEventSelector notReads = dataEvents(S3_OBJECT, field("eventName", NOT_EQUALS, "GetObject", "HeadObject"));
        AdvancedEventSelector notLogsOrTmp = dataEvents(S3_OBJECT,
                field("resources.ARN", NOT_STARTS_WITH, BUCKET_1 + "logs/", BUCKET_1 + "tmp/"));
        AdvancedEventSelector notTmpFiles = dataEvents(S3_OBJECT, field("resources.ARN", NOT_ENDS_WITH, ".tmp", ".part"));
        return Stream.of(
                new EvaluationCase("Equals: one of the values matches", only(putOrDelete),
                        putObject(BUCKET_1 + "a.csv"), true, "matched by advanced event selector 1"),
                new EvaluationCase("Equals: none of the values matches", only(putOrDelete),
                        getObject(BUCKET_1 + "a.csv"), false, "eventName Equals [PutObject, DeleteObject] does not match GetObject"),
                new EvaluationCase("StartsWith: one of the prefixes matches", only(twoBuckets),
                        putObject("arn:aws:s3:::bucket-3/a.csv"), true, "matched by"),
                new EvaluationCase("StartsWith: no prefix matches", only(twoBuckets),
                        putObject("arn:aws:s3:::bucket-2/a.csv"), false,
                        "resources.ARN StartsWith [arn:aws:s3:::bucket-1/, arn:aws:s3:::bucket-3/] does not match"
                                + " arn:aws:s3:::bucket-2/a.csv"),
                new EvaluationCase("EndsWith: the suffix matches", only(pdfs), putObject(BUCKET_1 + "report.pdf"), true, "matched by"),
                new EvaluationCase("EndsWith: the suffix does not match", only(pdfs), putObject(BUCKET_1 + "photo.jpg"), false,
                        "resources.ARN EndsWith [.pdf] does not match arn:aws:s3:::bucket-1/photo.jpg"),
                new EvaluationCase("NotEquals: a value equal to none passes", only(notReads), putObject(BUCKET_1 + "a"), true,
                        "matched by"),
                new EvaluationCase("NotEquals: the first value excludes", only(notReads), getObject(BUCKET_1 + "a"), false,
                        "eventName NotEquals GetObject excludes GetObject"),
                new EvaluationCase("NotEquals: every value excludes, not only the first", only(notReads),
                        EventDescription.data("s3.amazonaws.com", "HeadObject").readOnly(true).resource(S3_OBJECT, BUCKET_1 + "a").build(),
                        false, "eventName NotEquals HeadObject excludes HeadObject"),
                new EvaluationCase("NotStartsWith: a value under no prefix passes", only(notLogsOrTmp),
                        putObject(BUCKET_1 + "data/a.csv"), true, "matched by"),
                new EvaluationCase("NotStartsWith: every prefix excludes", only(notLogsOrTmp),
                        putObject(BUCKET_1 + "tmp/a.csv"), false,
                        "resources.ARN NotStartsWith arn:aws:s3:::bucket-1/tmp/ excludes arn:aws:s3:::bucket-1/tmp/a.csv"),
                new EvaluationCase("NotEndsWith: a value with no such suffix passes", only(notTmpFiles),
                        putObject(BUCKET_1 + "a.csv"), true, "matched by"),
                new EvaluationCase("NotEndsWith: every suffix excludes", only(notTmpFiles),
                        putObject(BUCKET_1 + "upload.part"), false, "resources.ARN NotEndsWith .part excludes"));
    }

    static Stream<EvaluationCase> combinations() {
        AdvancedEventSelector bucket1Puts = named("bucket-1 uploads", field("eventCategory", EQUALS, "Data"),
                field("resources.type", EQUALS, S3_OBJECT), field("resources.ARN", STARTS_WITH, BUCKET_1),
                field("eventName", EQUALS, "PutObject"));
        AdvancedEventSelector allInvokes = dataEvents(LAMBDA_FUNCTION);
        AdvancedEventSelector bucket1NoTmp = dataEvents(S3_OBJECT,
                field("resources.ARN", STARTS_WITH, BUCKET_1, NOT_ENDS_WITH, ".tmp"));
        AdvancedEventSelector bucket1OrPdf = dataEvents(S3_OBJECT,
                field("resources.ARN", STARTS_WITH, BUCKET_1, ENDS_WITH, ".pdf"));
        SelectorEvaluator both = SelectorEvaluator.ofAdvancedEventSelectors(List.of(bucket1Puts, allInvokes));
        return Stream.of(
                new EvaluationCase("AND across field selectors: all pass", only(bucket1Puts), putObject(BUCKET_1 + "a"), true,
                        "matched by advanced event selector 1 (\"bucket-1 uploads\": eventCategory Equals [Data] AND"),
                new EvaluationCase("AND across field selectors: one fails", only(bucket1Puts), getObject(BUCKET_1 + "a"), false,
                        "eventName Equals [PutObject] does not match GetObject"),
                new EvaluationCase("OR across selectors: the second matches", both,
                        invoke("arn:aws:lambda:us-east-1:111111111111:function:f"), true, "matched by advanced event selector 2"),
                new EvaluationCase("OR across selectors: none matches", both, putObject("arn:aws:s3:::bucket-2/a"), false,
                        "advanced event selector 2 (eventCategory Equals [Data] AND resources.type Equals"
                                + " [AWS::Lambda::Function]): no resource of the event passes"),
                new EvaluationCase("positive and negative operators in one field selector: both hold", only(bucket1NoTmp),
                        putObject(BUCKET_1 + "a.csv"), true, "matched by"),
                new EvaluationCase("positive and negative operators in one field selector: the negative excludes",
                        only(bucket1NoTmp), putObject(BUCKET_1 + "a.tmp"), false, "resources.ARN NotEndsWith .tmp excludes"),
                new EvaluationCase("two positive operators in one field selector are alternatives", only(bucket1OrPdf),
                        putObject("arn:aws:s3:::bucket-2/a.pdf"), true, "matched by"),
                new EvaluationCase("two positive operators in one field selector: neither matches", only(bucket1OrPdf),
                        putObject("arn:aws:s3:::bucket-2/a.csv"), false,
                        "resources.ARN StartsWith [arn:aws:s3:::bucket-1/] or EndsWith [.pdf] does not match"));
    }

    static Stream<EvaluationCase> fields() {
        AdvancedEventSelector readsOnly = dataEvents(S3_OBJECT, field("readOnly", EQUALS, "true"));
        AdvancedEventSelector readOnlyFalse = dataEvents(S3_OBJECT, field("readOnly", EQUALS, "false"));
        AdvancedEventSelector managementWithoutKms = advanced(field("eventCategory", EQUALS, "Management"),
                field("eventSource", NOT_EQUALS, "kms.amazonaws.com"));
        AdvancedEventSelector notBucket1 = dataEvents(S3_OBJECT, field("resources.ARN", NOT_STARTS_WITH, BUCKET_1));
        return Stream.of(
                new EvaluationCase("readOnly Equals true logs reads", only(readsOnly), getObject(BUCKET_1 + "a"), true, "matched by"),
                new EvaluationCase("readOnly Equals true does not log writes", only(readsOnly), putObject(BUCKET_1 + "a"), false,
                        "readOnly Equals [true] does not match false"),
                new EvaluationCase("readOnly Equals false logs writes", only(readOnlyFalse), putObject(BUCKET_1 + "a"), true,
                        "matched by"),
                new EvaluationCase("readOnly Equals false logs reads too, as the reference says", only(readOnlyFalse),
                        getObject(BUCKET_1 + "a"), true, "matched by"),
                new EvaluationCase("eventCategory Management takes management events", only(managementWithoutKms),
                        ec2("RunInstances", false), true, "matched by"),
                new EvaluationCase("eventSource NotEquals kms.amazonaws.com drops KMS events", only(managementWithoutKms),
                        kms("Decrypt"), false, "eventSource NotEquals kms.amazonaws.com excludes kms.amazonaws.com"),
                new EvaluationCase("eventCategory Management does not take data events", only(managementWithoutKms),
                        putObject(BUCKET_1 + "a"), false, "eventCategory Equals [Management] does not match Data"),
                new EvaluationCase("eventCategory Data does not take management events", only(readOnlyFalse),
                        ec2("RunInstances", false), false, "eventCategory Equals [Data] does not match Management"),
                new EvaluationCase("resources.type must match a resource of the event", only(readOnlyFalse),
                        invoke("arn:aws:lambda:us-east-1:111111111111:function:f"), false,
                        "resources.type Equals [AWS::S3::Object] does not match AWS::Lambda::Function"),
                new EvaluationCase("resource conditions hold for one and the same resource", only(notBucket1),
                        EventDescription.data("s3.amazonaws.com", "GetObject").readOnly(true)
                                .resource(S3_OBJECT, BUCKET_1 + "a")
                                .resource("AWS::S3::Bucket", "arn:aws:s3:::bucket-1")
                                .build(),
                        false, "AWS::S3::Bucket arn:aws:s3:::bucket-1: resources.type Equals [AWS::S3::Object] does not match"),
                new EvaluationCase("a data event without resources matches no resource condition", only(readOnlyFalse),
                        EventDescription.data("s3.amazonaws.com", "PutObject").readOnly(false).build(), false,
                        "the event has no resources, and the selector filters on resources.type"),
                new EvaluationCase("a field the evaluator does not know has no value: Equals fails",
                        only(advanced(field("eventCategory", EQUALS, "Management"), field("userIdentity.arn", EQUALS, "x"))),
                        ec2("RunInstances", false), false, "userIdentity.arn Equals [x] cannot match: the event has no userIdentity.arn"),
                new EvaluationCase("a field the evaluator does not know has no value: NotEquals passes",
                        only(advanced(field("eventCategory", EQUALS, "Management"), field("userIdentity.arn", NOT_EQUALS, "x"))),
                        ec2("RunInstances", false), true, "matched by"),
                new EvaluationCase("advanced selectors do not choose Insights events", only(managementWithoutKms),
                        EventDescription.insight("ec2.amazonaws.com", "RunInstances", "ApiCallRateInsight").build(), false,
                        "Insights events are logged by Insights selectors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"operators", "combinations", "fields"})
    void decidesAsTheReferenceSays(EvaluationCase row) {
        row.check();
    }

    private static SelectorEvaluator only(AdvancedEventSelector selector) {
        return SelectorEvaluator.ofAdvancedEventSelectors(List.of(selector));
    }
}
