package io.github.mockcloudtrail.selectors;

import static io.github.mockcloudtrail.selectors.Selectors.DYNAMODB_TABLE;
import static io.github.mockcloudtrail.selectors.Selectors.LAMBDA_FUNCTION;
import static io.github.mockcloudtrail.selectors.Selectors.S3_OBJECT;
import static io.github.mockcloudtrail.selectors.Selectors.basic;
import static io.github.mockcloudtrail.selectors.Selectors.data;
import static io.github.mockcloudtrail.selectors.Selectors.defaultSelector;
import static io.github.mockcloudtrail.selectors.Selectors.excluding;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Basic event selectors, case by case: first the worked examples of the CloudTrail reference (PutEventSelectors,
 * DataResource, EventSelector), then each rule of the reference on its own.
 */
class BasicSelectorCasesTest {
    private static final String MY_FUNCTION = "arn:aws:lambda:us-west-2:111111111111:function:MyLambdaFunction";
    private static final String MY_OTHER_FUNCTION = "arn:aws:lambda:us-west-2:111111111111:function:MyOtherLambdaFunction";
    private static final String HELLOWORLD = "arn:aws:lambda:us-west-2:111111111111:function:helloworld";
    private static final String ORDERS = "arn:aws:dynamodb:us-east-1:111111111111:table/Orders";

    static Stream<EvaluationCase> workedExamples() {
        EventSelector bucket1 = basic(ReadWriteType.ALL, true, data(S3_OBJECT, "arn:aws:s3:::bucket-1/"));
        EventSelector myFunction = basic(ReadWriteType.ALL, true, data(LAMBDA_FUNCTION, MY_FUNCTION));
        EventSelector helloworld = basic(ReadWriteType.ALL, true, data(LAMBDA_FUNCTION, HELLOWORLD));
        EventSelector writeOnly = basic(ReadWriteType.WRITE_ONLY, true);
        return Stream.of(
                new EvaluationCase("bucket-1 with an empty prefix logs an upload to bucket-1", only(bucket1),
                        putObject("arn:aws:s3:::bucket-1/image.png"), true, "matched by event selector 1"),
                new EvaluationCase("bucket-1 with an empty prefix does not log an upload to bucket-2", only(bucket1),
                        putObject("arn:aws:s3:::bucket-2/image.png"), false,
                        "AWS::S3::Object arn:aws:s3:::bucket-2/image.png is covered by none of [arn:aws:s3:::bucket-1/]"),
                new EvaluationCase("MyLambdaFunction is logged when selected", only(myFunction),
                        invoke(MY_FUNCTION), true, "matched by event selector 1"),
                new EvaluationCase("MyOtherLambdaFunction is not logged when only MyLambdaFunction is selected",
                        only(myFunction), invoke(MY_OTHER_FUNCTION), false, "covered by none of [" + MY_FUNCTION + "]"),
                new EvaluationCase("Lambda ARNs are exact: helloworld does not cover helloworld2", only(helloworld),
                        invoke(HELLOWORLD + "2"), false, "covered by none of [" + HELLOWORLD + "]"),
                new EvaluationCase("a write-only selector logs RunInstances", only(writeOnly),
                        ec2("RunInstances", false), true, "matched by event selector 1 (ReadWriteType WriteOnly"),
                new EvaluationCase("a write-only selector does not log GetConsoleOutput", only(writeOnly),
                        ec2("GetConsoleOutput", true), false, "the event is read-only and the selector takes WriteOnly events"),
                new EvaluationCase("excluding kms.amazonaws.com drops KMS management events",
                        only(excluding("kms.amazonaws.com")), kms("Decrypt"), false,
                        "the selector excludes management events from kms.amazonaws.com"),
                new EvaluationCase("excluding kms.amazonaws.com keeps other management events",
                        only(excluding("kms.amazonaws.com")), ec2("RunInstances", false), true, "matched by"),
                new EvaluationCase("by default KMS events are included", only(defaultSelector()), kms("Decrypt"), true,
                        "matched by event selector 1 (ReadWriteType All; management events; no data events)"));
    }

    static Stream<EvaluationCase> rules() {
        EventSelector readOnly = basic(ReadWriteType.READ_ONLY, true, data(S3_OBJECT, "arn:aws:s3:::bucket-1/"));
        return Stream.of(
                new EvaluationCase("the default selector logs no data events", only(defaultSelector()),
                        putObject("arn:aws:s3:::bucket-1/image.png"), false, "the selector logs no data events"),
                new EvaluationCase("arn:aws:s3::: covers every bucket, even another account's",
                        only(basic(ReadWriteType.ALL, false, data(S3_OBJECT, "arn:aws:s3:::"))),
                        putObject("arn:aws:s3:::someone-elses-bucket/x"), true, "matched by"),
                new EvaluationCase("an object prefix covers the objects under it",
                        only(basic(ReadWriteType.ALL, false, data(S3_OBJECT, "arn:aws:s3:::bucket-1/example-images"))),
                        putObject("arn:aws:s3:::bucket-1/example-images/cat.png"), true, "matched by"),
                new EvaluationCase("an object prefix does not cover other objects of the bucket",
                        only(basic(ReadWriteType.ALL, false, data(S3_OBJECT, "arn:aws:s3:::bucket-1/example-images"))),
                        putObject("arn:aws:s3:::bucket-1/reports/q1.csv"), false, "covered by none of"),
                new EvaluationCase("arn:aws:lambda covers every function",
                        only(basic(ReadWriteType.ALL, false, data(LAMBDA_FUNCTION, "arn:aws:lambda"))),
                        invoke(MY_OTHER_FUNCTION), true, "matched by"),
                new EvaluationCase("arn:aws:dynamodb covers every table",
                        only(basic(ReadWriteType.ALL, false, data(DYNAMODB_TABLE, "arn:aws:dynamodb"))),
                        dynamodb(ORDERS), true, "matched by"),
                new EvaluationCase("a table ARN covers only that table",
                        only(basic(ReadWriteType.ALL, false, data(DYNAMODB_TABLE, ORDERS))),
                        dynamodb(ORDERS + "-archive"), false, "covered by none of [" + ORDERS + "]"),
                new EvaluationCase("data resources of another type do not cover the event", only(readOnly),
                        invoke(MY_FUNCTION), false,
                        "the selector logs data events on AWS::S3::Object, and the event has no resource of that type"),
                new EvaluationCase("a read-only selector does not log a write", only(readOnly),
                        putObject("arn:aws:s3:::bucket-1/image.png"), false,
                        "the event is a write and the selector takes ReadOnly events"),
                new EvaluationCase("ReadWriteType applies to data events too", only(readOnly),
                        getObject("arn:aws:s3:::bucket-1/image.png"), true, "matched by"),
                new EvaluationCase("without a read-only flag, only selectors for all events match", only(readOnly),
                        EventDescription.data("s3.amazonaws.com", "GetObject").resource(S3_OBJECT, "arn:aws:s3:::bucket-1/a").build(),
                        false, "the event does not say whether it is read-only"),
                new EvaluationCase("a selector without management events does not log them",
                        only(basic(ReadWriteType.ALL, false, data(S3_OBJECT, "arn:aws:s3:::"))), ec2("RunInstances", false),
                        false, "the selector does not include management events"),
                new EvaluationCase("ReadWriteType and IncludeManagementEvents default to All and true",
                        only(EventSelector.builder().build()), ec2("GetConsoleOutput", true), true,
                        "event selector 1 (ReadWriteType All; management events; no data events)"),
                new EvaluationCase("the trail logs an event any one of its selectors matches",
                        SelectorEvaluator.ofEventSelectors(List.of(basic(ReadWriteType.WRITE_ONLY, true), readOnly)),
                        getObject("arn:aws:s3:::bucket-1/image.png"), true, "matched by event selector 2"),
                new EvaluationCase("every selector says why it does not match",
                        SelectorEvaluator.ofEventSelectors(List.of(basic(ReadWriteType.WRITE_ONLY, true), readOnly)),
                        getObject("arn:aws:s3:::bucket-2/image.png"), false,
                        "event selector 1 (ReadWriteType WriteOnly; management events; no data events): the selector logs no data events"),
                new EvaluationCase("event selectors do not choose Insights events", only(defaultSelector()),
                        insight(InsightType.API_CALL_RATE_INSIGHT), false,
                        "Insights events are logged by Insights selectors, and there are none"),
                new EvaluationCase("an Insights selector of the event's type logs it",
                        only(defaultSelector()).withInsightSelectors(List.of(insightSelector(InsightType.API_CALL_RATE_INSIGHT))),
                        insight(InsightType.API_CALL_RATE_INSIGHT), true, "matched by Insights selector ApiCallRateInsight"),
                new EvaluationCase("an Insights selector of another type does not",
                        only(defaultSelector()).withInsightSelectors(List.of(insightSelector(InsightType.API_ERROR_RATE_INSIGHT))),
                        insight(InsightType.API_CALL_RATE_INSIGHT), false,
                        "Insights selector ApiErrorRateInsight: the event is an ApiCallRateInsight event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"workedExamples", "rules"})
    void decidesAsTheReferenceSays(EvaluationCase row) {
        row.check();
    }

    private static SelectorEvaluator only(EventSelector selector) {
        return SelectorEvaluator.ofEventSelectors(List.of(selector));
    }

    static EventDescription putObject(String objectArn) {
        return EventDescription.data("s3.amazonaws.com", "PutObject").readOnly(false).resource(S3_OBJECT, objectArn).build();
    }

    static EventDescription getObject(String objectArn) {
        return EventDescription.data("s3.amazonaws.com", "GetObject").readOnly(true).resource(S3_OBJECT, objectArn).build();
    }

    static EventDescription invoke(String functionArn) {
        return EventDescription.data("lambda.amazonaws.com", "Invoke").readOnly(false).resource(LAMBDA_FUNCTION, functionArn).build();
    }

    static EventDescription ec2(String eventName, boolean readOnly) {
        return EventDescription.management("ec2.amazonaws.com", eventName).readOnly(readOnly).build();
    }

    static EventDescription kms(String eventName) {
        return EventDescription.management("kms.amazonaws.com", eventName).readOnly(true).build();
    }

    private static EventDescription dynamodb(String tableArn) {
        return EventDescription.data("dynamodb.amazonaws.com", "PutItem").readOnly(false).resource(DYNAMODB_TABLE, tableArn).build();
    }

    private static EventDescription insight(InsightType type) {
        return EventDescription.insight("ec2.amazonaws.com", "RunInstances", type.toString()).build();
    }

    private static InsightSelector insightSelector(InsightType type) {
        return InsightSelector.builder().insightType(type).build();
    }
}
