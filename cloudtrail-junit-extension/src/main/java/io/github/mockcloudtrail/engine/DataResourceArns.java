package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.selectors.DataResourceType;
import java.util.regex.Pattern;

/**
 * The ARN forms of the resources whose data events a trail can log, as the CloudTrail reference gives them
 * for event selectors:
 *
 * <ul>
 *   <li>{@code AWS::S3::Object}: {@code arn:PARTITION:s3:::BUCKET/OBJECT}, the object part possibly empty;</li>
 *   <li>{@code AWS::Lambda::Function}: {@code arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME};</li>
 *   <li>{@code AWS::DynamoDB::Table}: {@code arn:PARTITION:dynamodb:REGION:ACCOUNT:table/NAME} (the reference
 *       writes {@code table:NAME}; both are taken);</li>
 *   <li>{@code AWS::S3Outposts::Object}: {@code arn:PARTITION:s3-outposts:REGION:ACCOUNT:PATH};</li>
 *   <li>{@code AWS::ManagedBlockchain::Node}: {@code arn:PARTITION:managedblockchain:REGION:ACCOUNT:nodes/ID};</li>
 *   <li>{@code AWS::S3ObjectLambda::AccessPoint}: {@code arn:PARTITION:s3-object-lambda:REGION:ACCOUNT:accesspoint/NAME}.</li>
 * </ul>
 *
 * <p>The partition must be the trail's: a trail never sees another partition's resources.
 *
 * <pre>{@code
 * DataResourceArns.isResourceArn(DataResourceType.LAMBDA_FUNCTION,
 *         "arn:aws:lambda:us-west-2:111111111111:function:helloworld", "aws"); // true
 * }</pre>
 */
final class DataResourceArns {
    private static final String REGION_AND_ACCOUNT = ":" + RegionNames.REGEX + ":\\d{12}:";
    private static final Pattern S3_VALUE = Pattern.compile("arn:([^:]+):s3:::([^/]+)/(.*)", Pattern.DOTALL);

    private DataResourceArns() {
    }

    /** Whether the value is the ARN of one resource of the type, in the partition. */
    static boolean isResourceArn(DataResourceType type, String value, String partition) {
        if (type == DataResourceType.S3_OBJECT) {
            return isS3ObjectValue(value, partition);
        }
        return Pattern.compile("arn:" + Pattern.quote(partition) + ":" + Pattern.quote(type.arnService())
                + REGION_AND_ACCOUNT + resourcePart(type)).matcher(value).matches();
    }

    /**
     * Whether a basic event selector may give the value for the type: a value that covers every resource of the
     * type ({@code arn:aws:s3:::}, {@code arn:aws:lambda}, {@code arn:aws:dynamodb}), an S3 bucket followed by
     * {@code /} and an optional object prefix, or the exact ARN of a function or table.
     */
    static boolean isBasicSelectorValue(DataResourceType type, String value, String partition) {
        return (type.coversEveryResource(value) && value.startsWith("arn:" + partition + ":"))
                || isResourceArn(type, value, partition);
    }

    /** How values of the type are written, for messages. */
    static String expectedForm(DataResourceType type, String partition, boolean basicSelector) {
        String every = basicSelector ? "arn:" + partition + ":" + type.arnService()
                + (type == DataResourceType.S3_OBJECT ? ":::" : "") + " for every one, or " : "";
        return switch (type) {
            case S3_OBJECT -> every + "arn:" + partition + ":s3:::bucket_name/ followed by an optional object prefix";
            case LAMBDA_FUNCTION -> every + "arn:" + partition + ":lambda:region:account_ID:function:function_name";
            case DYNAMODB_TABLE -> every + "arn:" + partition + ":dynamodb:region:account_ID:table/table_name";
            case S3_OUTPOSTS_OBJECT -> "arn:" + partition + ":s3-outposts:region:account_ID:object_path";
            case MANAGED_BLOCKCHAIN_NODE -> "arn:" + partition + ":managedblockchain:region:account_ID:nodes/node_ID";
            case S3_OBJECT_LAMBDA_ACCESS_POINT -> "arn:" + partition + ":s3-object-lambda:region:account_ID:accesspoint/access_point_name";
        };
    }

    private static boolean isS3ObjectValue(String value, String partition) {
        var matcher = S3_VALUE.matcher(value);
        return matcher.matches() && matcher.group(1).equals(partition) && S3BucketNameRule.isValid(matcher.group(2));
    }

    private static String resourcePart(DataResourceType type) {
        return switch (type) {
            case LAMBDA_FUNCTION -> "function:[A-Za-z0-9_-]{1,64}";
            case DYNAMODB_TABLE -> "table[/:][A-Za-z0-9_.-]{3,255}";
            case S3_OUTPOSTS_OBJECT -> ".+";
            case MANAGED_BLOCKCHAIN_NODE -> "nodes/.+";
            case S3_OBJECT_LAMBDA_ACCESS_POINT -> "accesspoint/.+";
            case S3_OBJECT -> throw new IllegalArgumentException("S3 object values are not region-scoped");
        };
    }
}
