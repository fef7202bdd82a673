package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static io.github.mockcloudtrail.engine.RuleTable.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;

/**
 * The rules for advanced event selectors, field by field as the reference gives them, and the limit of 500 values
 * across a trail's conditions. Each violation is an {@code InvalidEventSelectorsException} naming the selector and
 * the rule; required members the request leaves out are a {@code ValidationException}.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
class AdvancedEventSelectorRulesTest {
    private static final AdvancedFieldSelector DATA = field("eventCategory", f -> f.equalsValue("Data"));
    private static final AdvancedFieldSelector MANAGEMENT = field("eventCategory", f -> f.equalsValue("Management"));
    private static final AdvancedFieldSelector S3_OBJECTS = field("resources.type", f -> f.equalsValue("AWS::S3::Object"));

    static Stream<Arguments> invalidSelectors() {
        return Stream.of(
                invalid("an unknown field", selector(MANAGEMENT, field("userName", f -> f.equalsValue("alice"))),
                        "Advanced event selector 1: field 'userName' is not valid; use readOnly, eventSource, eventName,"
                                + " eventCategory, resources.type, resources.ARN."),
                invalid("a field in another case", selector(field("EventCategory", f -> f.equalsValue("Data"))),
                        "Advanced event selector 1: field 'EventCategory' is not valid"),
                invalid("a field given twice", selector(MANAGEMENT, field("readOnly", f -> f.equalsValue("true")),
                        field("readOnly", f -> f.equalsValue("false"))),
                        "Advanced event selector 1: field readOnly appears twice; give it once, with all its values."),
                invalid("two resources.type fields", selector(DATA, S3_OBJECTS,
                        field("resources.type", f -> f.equalsValue("AWS::Lambda::Function"))),
                        "Advanced event selector 1: a selector can have only one resources.type field; to log data events"
                                + " on more than one resource type, add another selector."),
                invalid("a field selector without values", selector(MANAGEMENT, field("readOnly", f -> f.equalsValue(List.of()))),
                        "Advanced event selector 1: the readOnly field selector has no values; give values to Equals,"
                                + " StartsWith, EndsWith, NotEquals, NotStartsWith or NotEndsWith."),
                invalid("no eventCategory", selector(field("readOnly", f -> f.equalsValue("true"))),
                        "Advanced event selector 1: eventCategory is required; add eventCategory Equals Management or Data."),
                invalid("eventCategory with another operator", selector(field("eventCategory", f -> f.startsWith("Data"))),
                        "Advanced event selector 1: eventCategory can only use Equals, not StartsWith."),
                invalid("eventCategory with two values", selector(field("eventCategory", f -> f.equalsValue("Management", "Data"))),
                        "Advanced event selector 1: eventCategory takes exactly one value, Management or Data, but has 2:"
                                + " [Management, Data]."),
                invalid("an unknown eventCategory", named("Insights", field("eventCategory", f -> f.equalsValue("Insight"))),
                        "Advanced event selector 1 (\"Insights\"): eventCategory Equals 'Insight' is not valid; the value"
                                + " must be Management or Data."),
                invalid("readOnly with another operator", selector(MANAGEMENT, field("readOnly", f -> f.notEquals("true"))),
                        "Advanced event selector 1: readOnly can only use Equals, not NotEquals."),
                invalid("readOnly with a value other than true or false", selector(MANAGEMENT, field("readOnly", f -> f.equalsValue("yes"))),
                        "Advanced event selector 1: readOnly Equals 'yes' is not valid; the value must be true or false."),
                invalid("eventSource with Equals", selector(MANAGEMENT, field("eventSource", f -> f.equalsValue("kms.amazonaws.com"))),
                        "Advanced event selector 1: eventSource can only use NotEquals, not Equals."),
                invalid("eventSource excluding another service", selector(MANAGEMENT,
                        field("eventSource", f -> f.notEquals("kms.amazonaws.com", "s3.amazonaws.com"))),
                        "Advanced event selector 1: eventSource NotEquals 's3.amazonaws.com' is not valid; the value must be"
                                + " kms.amazonaws.com."),
                invalid("eventSource in a selector for data events", selector(DATA, S3_OBJECTS,
                        field("eventSource", f -> f.notEquals("kms.amazonaws.com"))),
                        "Advanced event selector 1: eventSource filters management events only; a selector for data events"
                                + " cannot use it."),
                invalid("eventName in a selector for management events", selector(MANAGEMENT,
                        field("eventName", f -> f.equalsValue("RunInstances"))),
                        "Advanced event selector 1: eventName filters data events; a selector for management events takes"
                                + " only eventCategory, readOnly and eventSource."),
                invalid("resources.type in a selector for management events", selector(MANAGEMENT, S3_OBJECTS),
                        "Advanced event selector 1: resources.type filters data events"),
                invalid("no resources.type in a selector for data events", selector(DATA),
                        "Advanced event selector 1: resources.type is required in a selector for data events; add"
                                + " resources.type Equals one of AWS::S3::Object, AWS::Lambda::Function, AWS::DynamoDB::Table,"
                                + " AWS::S3Outposts::Object, AWS::ManagedBlockchain::Node, AWS::S3ObjectLambda::AccessPoint."),
                invalid("resources.type with another operator", selector(DATA, field("resources.type", f -> f.startsWith("AWS::S3"))),
                        "Advanced event selector 1: resources.type can only use Equals, not StartsWith."),
                invalid("resources.type with two values", selector(DATA,
                        field("resources.type", f -> f.equalsValue("AWS::S3::Object", "AWS::Lambda::Function"))),
                        "Advanced event selector 1: resources.type takes exactly one value, one of AWS::S3::Object,"
                                + " AWS::Lambda::Function, AWS::DynamoDB::Table, AWS::S3Outposts::Object,"
                                + " AWS::ManagedBlockchain::Node, AWS::S3ObjectLambda::AccessPoint, but has 2:"
                                + " [AWS::S3::Object, AWS::Lambda::Function]. To log data events on more than one resource"
                                + " type, add another selector."),
                invalid("an unknown resources.type", selector(DATA, field("resources.type", f -> f.equalsValue("AWS::SNS::Topic"))),
                        "Advanced event selector 1: resources.type Equals 'AWS::SNS::Topic' is not valid; the value must be"
                                + " one of AWS::S3::Object"),
                invalid("a problem in a later selector", List.of(selector(MANAGEMENT), selector(DATA)),
                        "Advanced event selector 2: resources.type is required"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSelectors")
    void rejectsEachBrokenRule(String rule, List<AdvancedEventSelector> selectors, String message, CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(selectors)),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException").startsWith(message);
        assertThat(client.getEventSelectors(r -> r.trailName("audit")).hasAdvancedEventSelectors()).isFalse();
    }

    @ParameterizedTest(name = "{0} Equals {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS::S3::Object                  | arn:aws:s3:::bucket-1                  | arn:aws:s3:::bucket_name/ followed by an optional object prefix
            AWS::Lambda::Function            | arn:aws:lambda                         | arn:aws:lambda:region:account_ID:function:function_name
            AWS::DynamoDB::Table             | arn:aws:dynamodb:us-east-1:123456789012:Orders | arn:aws:dynamodb:region:account_ID:table/table_name
            AWS::S3Outposts::Object          | arn:aws:s3:::bucket-1/x                | arn:aws:s3-outposts:region:account_ID:object_path
            AWS::ManagedBlockchain::Node     | arn:aws:managedblockchain:us-east-1:123456789012:networks/n-1 | arn:aws:managedblockchain:region:account_ID:nodes/node_ID
            AWS::S3ObjectLambda::AccessPoint | arn:aws:s3-object-lambda:us-east-1:123456789012:ap | arn:aws:s3-object-lambda:region:account_ID:accesspoint/access_point_name
            """)
    void requiresWholeArnsOfTheTypeWithEqualsAndNotEquals(String type, String value, String form, CloudTrailClient client) {
        AdvancedFieldSelector resourceType = field("resources.type", f -> f.equalsValue(type));

        for (String operator : List.of("Equals", "NotEquals")) {
            AdvancedFieldSelector arn = operator.equals("Equals")
                    ? field("resources.ARN", f -> f.equalsValue(value))
                    : field("resources.ARN", f -> f.notEquals(value));
            assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit")
                            .advancedEventSelectors(selector(DATA, resourceType, arn))),
                    InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                    .isEqualTo("Advanced event selector 1: resources.ARN " + operator + " '" + value + "' is not the ARN of an "
                            + type + "; with " + operator + " the value must be a whole ARN such as " + form
                            + ". Use StartsWith for prefixes.");
        }
    }

    @ParameterizedTest(name = "{0} Equals {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS::S3::Object                  | arn:aws:s3:::bucket-1/
            AWS::S3::Object                  | arn:aws:s3:::bucket-1/reports/q1.csv
            AWS::Lambda::Function            | arn:aws:lambda:us-west-2:111111111111:function:helloworld
            AWS::DynamoDB::Table             | arn:aws:dynamodb:us-east-1:111111111111:table/Orders
            AWS::DynamoDB::Table             | arn:aws:dynamodb:us-east-1:111111111111:table:Orders
            AWS::S3Outposts::Object          | arn:aws:s3-outposts:us-east-1:111111111111:outpost/op-1/bucket/b/object/k
            AWS::ManagedBlockchain::Node     | arn:aws:managedblockchain:us-east-1:111111111111:nodes/nd-1
            AWS::S3ObjectLambda::AccessPoint | arn:aws:s3-object-lambda:us-east-1:111111111111:accesspoint/reports
            """)
    void acceptsTheArnFormsOfEachType(String type, String arn, CloudTrailClient client) {
        AdvancedEventSelector selector = selector(DATA, field("resources.type", f -> f.equalsValue(type)),
                field("resources.ARN", f -> f.equalsValue(arn).notStartsWith("anything at all")));

        assertThat(client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(selector))
                .advancedEventSelectors()).containsExactly(selector);
    }

    @Test
    void acceptsEveryOperatorOnEventNameAndResourceArns(CloudTrailClient client) {
        AdvancedEventSelector selector = selector(DATA, S3_OBJECTS,
                field("eventName", f -> f.equalsValue("PutObject").startsWith("Put").endsWith("Object")
                        .notEquals("GetObject").notStartsWith("Head").notEndsWith("Acl")),
                field("resources.ARN", f -> f.startsWith("arn:aws:s3:::bucket-1/").endsWith(".pdf")
                        .notStartsWith("arn:aws:s3:::bucket-1/tmp/").notEndsWith(".tmp")),
                field("readOnly", f -> f.equalsValue("false")));
        AdvancedEventSelector management = named("management without KMS", MANAGEMENT,
                field("readOnly", f -> f.equalsValue("true")), field("eventSource", f -> f.notEquals("kms.amazonaws.com")));

        assertThat(client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(selector, management))
                .advancedEventSelectors()).containsExactly(selector, management);
    }

    @Test
    void takesAtMost500ValuesAcrossAllConditions(CloudTrailClient client) {
        AdvancedEventSelector first = selector(DATA, S3_OBJECTS, arns(0, 300));
        AdvancedEventSelector second = selector(DATA, S3_OBJECTS, arns(300, 497));

        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(first, second)),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                .isEqualTo("The advanced event selectors hold 501 values; a trail takes at most 500 values across all"
                        + " conditions of all its advanced event selectors.");
    }

    @Test
    void acceptsExactly500Values(CloudTrailClient client) {
        AdvancedEventSelector first = selector(DATA, S3_OBJECTS, arns(0, 300));
        AdvancedEventSelector second = selector(DATA, S3_OBJECTS, arns(300, 496));

        assertThat(client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(first, second))
                .advancedEventSelectors()).hasSize(2);
    }

    @Test
    void rejectsAnEmptyList(CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(List.of())),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                .isEqualTo("AdvancedEventSelectors holds no selector; give at least one.");
    }

    @Test
    void requiresFieldSelectorsAndTheirFields(CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit")
                        .advancedEventSelectors(selector(MANAGEMENT), AdvancedEventSelector.builder().name("empty").build())),
                CloudTrailException.class, "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 'advancedEventSelectors.2.member.fieldSelectors'"
                        + " failed to satisfy constraint: Member must not be null");
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit")
                        .advancedEventSelectors(selector(MANAGEMENT, AdvancedFieldSelector.builder().equalsValue("true").build()))),
                CloudTrailException.class, "ValidationException")
                .contains("'advancedEventSelectors.1.member.fieldSelectors.2.member.field'");
    }

    /** A resources.ARN condition with {@code to - from} values; with eventCategory and resources.type a selector has two more. */
    private static AdvancedFieldSelector arns(int from, int to) {
        return field("resources.ARN", f -> f.startsWith(IntStream.range(from, to)
                .mapToObj(i -> "arn:aws:s3:::bucket-" + i + "/")
                .toList()));
    }

    static AdvancedEventSelector selector(AdvancedFieldSelector... fieldSelectors) {
        return AdvancedEventSelector.builder().fieldSelectors(new ArrayList<>(List.of(fieldSelectors))).build();
    }

    static AdvancedEventSelector named(String name, AdvancedFieldSelector... fieldSelectors) {
        return selector(fieldSelectors).toBuilder().name(name).build();
    }

    static AdvancedFieldSelector field(String name, Consumer<AdvancedFieldSelector.Builder> operators) {
        AdvancedFieldSelector.Builder field = AdvancedFieldSelector.builder().field(name);
        operators.accept(field);
        return field.build();
    }
}
