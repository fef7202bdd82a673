package io.github.mockcloudtrail.selectors;

import java.util.Arrays;
import java.util.Optional;

/**
 * The resource types whose data events CloudTrail can log, and how a selector value covers a resource.
 *
 * <p>Basic event selectors take the first three; advanced event selectors take all six. An S3 object value
 * is a prefix ({@code arn:aws:s3:::} covers every bucket, {@code arn:aws:s3:::bucket-1/} every object in
 * bucket-1). Values of the other types are exact ARNs, or {@code arn:PARTITION:SERVICE} alone, such as
 * {@code arn:aws:lambda}, which covers every resource of the type.
 *
 * <pre>{@code
 * DataResourceType.S3_OBJECT.covers("arn:aws:s3:::bucket-1/", "arn:aws:s3:::bucket-1/cat.jpg"); // true
 * DataResourceType.LAMBDA_FUNCTION.covers("arn:aws:lambda:us-west-2:111111111111:function:helloworld",
 *         "arn:aws:lambda:us-west-2:111111111111:function:helloworld2"); // false: Lambda ARNs are exact
 * }</pre>
 */
public enum DataResourceType {
    /** {@code AWS::S3::Object}: objects in S3 buckets. */
    S3_OBJECT("AWS::S3::Object", "s3", true),
    /** {@code AWS::Lambda::Function}: Lambda function invocations. */
    LAMBDA_FUNCTION("AWS::Lambda::Function", "lambda", true),
    /** {@code AWS::DynamoDB::Table}: item-level activity on DynamoDB tables. */
    DYNAMODB_TABLE("AWS::DynamoDB::Table", "dynamodb", true),
    /** {@code AWS::S3Outposts::Object}: objects on S3 on Outposts. */
    S3_OUTPOSTS_OBJECT("AWS::S3Outposts::Object", "s3-outposts", false),
    /** {@code AWS::ManagedBlockchain::Node}: Managed Blockchain nodes. */
    MANAGED_BLOCKCHAIN_NODE("AWS::ManagedBlockchain::Node", "managedblockchain", false),
    /** {@code AWS::S3ObjectLambda::AccessPoint}: S3 Object Lambda access points. */
    S3_OBJECT_LAMBDA_ACCESS_POINT("AWS::S3ObjectLambda::AccessPoint", "s3-object-lambda", false);

    private final String value;
    private final String service;
    private final boolean inBasicSelectors;

    DataResourceType(String value, String service, boolean inBasicSelectors) {
        this.value = value;
        this.service = service;
        this.inBasicSelectors = inBasicSelectors;
    }

    /** {@return the type as CloudTrail writes it, such as {@code AWS::S3::Object}} */
    public String value() {
        return value;
    }

    /** {@return the service part of the type's ARNs, such as {@code s3} or {@code lambda}} */
    public String arnService() {
        return service;
    }

    /** {@return whether basic event selectors may name this type; the others need advanced event selectors} */
    public boolean inBasicSelectors() {
        return inBasicSelectors;
    }

    /**
     * The type with this value; case matters, as in CloudTrail.
     *
     * @param value such as {@code AWS::Lambda::Function}
     * @return the type, or empty for a type this evaluator does not know
     */
    public static Optional<DataResourceType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }

    /**
     * Whether a value of a basic selector's data resource covers the resource with this ARN.
     *
     * @param selectorValue a value of the selector's data resource
     * @param resourceArn the ARN of a resource the event refers to
     * @return whether the value covers the resource
     */
    public boolean covers(String selectorValue, String resourceArn) {
        if (this == S3_OBJECT) {
            return resourceArn.startsWith(selectorValue);
        }
        return selectorValue.equals(resourceArn)
                || (coversEveryResource(selectorValue) && resourceArn.startsWith(selectorValue + ":"));
    }

    /**
     * Whether the value covers every resource of this type in the account, such as {@code arn:aws:s3:::}
     * or {@code arn:aws:lambda}; such values do not count against the limit of 250 data resources.
     *
     * @param selectorValue a value of a selector's data resource
     * @return whether it covers every resource of the type
     */
    public boolean coversEveryResource(String selectorValue) {
        String[] parts = selectorValue.split(":", -1);
        if (this == S3_OBJECT) {
            return parts.length == 6 && isAllResourcesPrefix(parts) && parts[3].isEmpty() && parts[4].isEmpty()
                    && parts[5].isEmpty();
        }
        return parts.length == 3 && isAllResourcesPrefix(parts);
    }

    private boolean isAllResourcesPrefix(String[] parts) {
        return parts[0].equals("arn") && !parts[1].isEmpty() && parts[2].equals(service);
    }

    @Override
    public String toString() {
        return value;
    }
}
