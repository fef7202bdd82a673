package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static io.github.mockcloudtrail.engine.RuleTable.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * The rules for basic event selectors: 1 to 5 per trail, the ReadWriteType values, the data resource types and
 * value forms of the reference, 250 data resources per trail, and the one management event source that can be
 * excluded. Each violation is an {@code InvalidEventSelectorsException} naming the rule.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
class BasicEventSelectorRulesTest {
    private static final String S3 = "AWS::S3::Object";
    private static final String LAMBDA = "AWS::Lambda::Function";
    private static final String DYNAMODB = "AWS::DynamoDB::Table";

    static Stream<Arguments> invalidSelectors() {
        return Stream.of(
                invalid("a ReadWriteType CloudTrail does not know", EventSelector.builder().readWriteType("read-only").build(),
                        "Event selector 1: ReadWriteType 'read-only' is not valid; use ReadOnly, WriteOnly or All."),
                invalid("excluding a source other than KMS", EventSelector.builder().excludeManagementEventSources(
                        "kms.amazonaws.com", "rdsdata.amazonaws.com").build(),
                        "Event selector 1: ExcludeManagementEventSources can only hold kms.amazonaws.com, not 'rdsdata.amazonaws.com'."),
                invalid("a data resource without type", withData(DataResource.builder().values("arn:aws:s3:::b/").build()),
                        "Event selector 1: a data resource has no Type; use AWS::S3::Object, AWS::Lambda::Function,"
                                + " AWS::DynamoDB::Table."),
                invalid("an unknown data resource type", withData(data("AWS::SNS::Topic", "arn:aws:sns")),
                        "Event selector 1: data resource type 'AWS::SNS::Topic' is not valid; use AWS::S3::Object,"
                                + " AWS::Lambda::Function, AWS::DynamoDB::Table."),
                invalid("a type only advanced selectors take", withData(data("AWS::S3Outposts::Object", "arn:aws:s3-outposts")),
                        "Event selector 1: AWS::S3Outposts::Object data events can only be logged with advanced event"
                                + " selectors; basic event selectors take AWS::S3::Object, AWS::Lambda::Function, AWS::DynamoDB::Table."),
                invalid("a type spelled in another case", withData(data("aws::s3::object", "arn:aws:s3:::")),
                        "Event selector 1: data resource type 'aws::s3::object' is not valid"),
                invalid("a data resource without values", withData(DataResource.builder().type(S3).build()),
                        "Event selector 1: the AWS::S3::Object data resource has no Values; give at least one, such as"
                                + " arn:aws:s3::: for every one, or arn:aws:s3:::bucket_name/ followed by an optional object prefix."),
                invalid("a bucket without the slash", withData(data(S3, "arn:aws:s3:::bucket-1")),
                        "Event selector 1: 'arn:aws:s3:::bucket-1' is not a valid AWS::S3::Object value; use arn:aws:s3:::"
                                + " for every one, or arn:aws:s3:::bucket_name/ followed by an optional object prefix."),
                invalid("an invalid bucket name", withData(data(S3, "arn:aws:s3:::Bucket_1/")),
                        "Event selector 1: 'arn:aws:s3:::Bucket_1/' is not a valid AWS::S3::Object value"),
                invalid("another partition", withData(data(S3, "arn:aws-cn:s3:::bucket-1/")),
                        "Event selector 1: 'arn:aws-cn:s3:::bucket-1/' is not a valid AWS::S3::Object value"),
                invalid("an S3 value that is no ARN", withData(data(S3, "bucket-1/")),
                        "Event selector 1: 'bucket-1/' is not a valid AWS::S3::Object value"),
                invalid("a Lambda value that is neither all functions nor one", withData(data(LAMBDA,
                        "arn:aws:lambda:us-east-1:123456789012:function")),
                        "Event selector 1: 'arn:aws:lambda:us-east-1:123456789012:function' is not a valid"
                                + " AWS::Lambda::Function value; use arn:aws:lambda for every one, or"
                                + " arn:aws:lambda:region:account_ID:function:function_name."),
                invalid("a Lambda ARN with a bad account", withData(data(LAMBDA, "arn:aws:lambda:us-east-1:1234:function:f")),
                        "Event selector 1: 'arn:aws:lambda:us-east-1:1234:function:f' is not a valid AWS::Lambda::Function value"),
                invalid("a Lambda prefix with a trailing colon", withData(data(LAMBDA, "arn:aws:lambda:")),
                        "Event selector 1: 'arn:aws:lambda:' is not a valid AWS::Lambda::Function value"),
                invalid("a DynamoDB value of another service", withData(data(DYNAMODB, "arn:aws:s3:::bucket/")),
                        "Event selector 1: 'arn:aws:s3:::bucket/' is not a valid AWS::DynamoDB::Table value; use"
                                + " arn:aws:dynamodb for every one, or arn:aws:dynamodb:region:account_ID:table/table_name."),
                invalid("a problem in a later selector", List.of(EventSelector.builder().build(),
                        withData(data(S3, "arn:aws:s3:::bucket-1"))), "Event selector 2: 'arn:aws:s3:::bucket-1'"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSelectors")
    void rejectsEachBrokenRule(String rule, List<EventSelector> selectors, String message, CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").eventSelectors(selectors)),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException").startsWith(message);
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasCustomEventSelectors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void takesOneToFiveSelectors(int count, CloudTrailClient client) {
        List<EventSelector> selectors = Collections.nCopies(count, EventSelector.builder().build());

        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").eventSelectors(selectors)),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                .isEqualTo("A trail takes 1 to 5 event selectors, but the request has " + count + ".");
    }

    @Test
    void acceptsFiveSelectors(CloudTrailClient client) {
        List<EventSelector> five = Collections.nCopies(5, EventSelector.builder().readWriteType(ReadWriteType.READ_ONLY).build());

        assertThat(client.putEventSelectors(r -> r.trailName("audit").eventSelectors(five)).eventSelectors()).hasSize(5);
    }

    @Test
    void acceptsEveryDocumentedValueForm(CloudTrailClient client) {
        EventSelector selector = withData(
                data(S3, "arn:aws:s3:::", "arn:aws:s3:::bucket-1/", "arn:aws:s3:::bucket-1/example-images"),
                data(LAMBDA, "arn:aws:lambda", "arn:aws:lambda:us-west-2:111111111111:function:helloworld"),
                data(DYNAMODB, "arn:aws:dynamodb", "arn:aws:dynamodb:us-east-1:111111111111:table/Orders"));

        assertThat(client.putEventSelectors(r -> r.trailName("audit").eventSelectors(selector)).eventSelectors().get(0)
                .dataResources()).isEqualTo(selector.dataResources());
    }

    @Test
    void acceptsExclusionsAndSelectorsWithoutManagementEvents(CloudTrailClient client) {
        EventSelector noManagement = withData(data(S3, "arn:aws:s3:::bucket-1/")).toBuilder().includeManagementEvents(false).build();
        EventSelector withoutKms = EventSelector.builder().excludeManagementEventSources("kms.amazonaws.com").build();

        assertThat(client.putEventSelectors(r -> r.trailName("audit").eventSelectors(noManagement, withoutKms)).eventSelectors())
                .extracting(EventSelector::includeManagementEvents, EventSelector::excludeManagementEventSources)
                .containsExactly(tuple(false, List.of()),
                        tuple(true, List.of("kms.amazonaws.com")));
    }

    @Test
    void takesAtMost250DataResourcesAcrossTheTrailsSelectors(CloudTrailClient client) {
        EventSelector first = withData(data(S3, buckets(0, 200)));
        EventSelector second = withData(data(S3, buckets(200, 251)));

        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").eventSelectors(first, second)),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                .isEqualTo("The event selectors name 251 data resources; a trail takes at most 250 across all its event"
                        + " selectors (values such as arn:aws:s3::: that cover every resource of a type do not count).");
    }

    @Test
    void acceptsExactly250DataResourcesAndDoesNotCountAllResourceValues(CloudTrailClient client) {
        EventSelector first = withData(data(S3, buckets(0, 200)), data(LAMBDA, "arn:aws:lambda"));
        EventSelector second = withData(data(S3, buckets(200, 250)), data(S3, "arn:aws:s3:::"), data(DYNAMODB, "arn:aws:dynamodb"));

        assertThat(client.putEventSelectors(r -> r.trailName("audit").eventSelectors(first, second)).eventSelectors())
                .hasSize(2);
    }

    private static String[] buckets(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "arn:aws:s3:::bucket-" + i + "/").toArray(String[]::new);
    }

    private static EventSelector withData(DataResource... dataResources) {
        return EventSelector.builder().dataResources(dataResources).build();
    }

    private static DataResource data(String type, String... values) {
        return DataResource.builder().type(type).values(values).build();
    }
}
