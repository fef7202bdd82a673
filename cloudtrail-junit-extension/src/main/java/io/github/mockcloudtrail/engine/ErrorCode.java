package io.github.mockcloudtrail.engine;

/**
 * The error codes the mock answers with, each with its HTTP status.
 *
 * <p>The names of the modeled codes are exactly the codes the AWS SDK maps to its exception classes
 * (for example {@code CloudTrailARNInvalidException} becomes
 * {@code software.amazon.awssdk.services.cloudtrail.model.CloudTrailArnInvalidException}). The protocol
 * codes at the end are not modeled by CloudTrail; SDK clients raise them as a plain
 * {@code CloudTrailException} carrying the code.
 *
 * <pre>{@code
 * throw new CloudTrailApiException(ErrorCode.TRAIL_NOT_FOUND, "Unknown trail: " + name);
 * }</pre>
 */
public enum ErrorCode {
    /** {@code CloudTrailARNInvalidException}: a {@code ResourceId} that is not a valid trail ARN. */
    CLOUD_TRAIL_ARN_INVALID("CloudTrailARNInvalidException"),
    /** {@code CloudWatchLogsDeliveryUnavailableException}: CloudWatch Logs delivery cannot be set up; modeled by the SDK, never answered by the mock. */
    CLOUD_WATCH_LOGS_DELIVERY_UNAVAILABLE("CloudWatchLogsDeliveryUnavailableException"),
    /** {@code InsightNotEnabledException}: {@code GetInsightSelectors} on a trail without Insights. */
    INSIGHT_NOT_ENABLED("InsightNotEnabledException"),
    /** {@code InvalidCloudWatchLogsLogGroupArnException}: a malformed CloudWatch Logs log group ARN. */
    INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN("InvalidCloudWatchLogsLogGroupArnException"),
    /**
     * {@code InvalidCloudWatchLogsRoleArnException}: a malformed CloudWatch Logs role ARN, or a role without a log group.
     */
    INVALID_CLOUD_WATCH_LOGS_ROLE_ARN("InvalidCloudWatchLogsRoleArnException"),
    /** {@code InvalidEventCategoryException}: a {@code LookupEvents} event category other than {@code insight}. */
    INVALID_EVENT_CATEGORY("InvalidEventCategoryException"),
    /** {@code InvalidEventSelectorsException}: event selectors that break a rule of {@code PutEventSelectors}. */
    INVALID_EVENT_SELECTORS("InvalidEventSelectorsException"),
    /** {@code InvalidHomeRegionException}: a change to a trail from outside its home Region. */
    INVALID_HOME_REGION("InvalidHomeRegionException"),
    /**
     * {@code InvalidInsightSelectorsException}: Insights selectors that break a rule of {@code PutInsightSelectors}.
     */
    INVALID_INSIGHT_SELECTORS("InvalidInsightSelectorsException"),
    /** {@code InvalidKmsKeyIdException}: a malformed KMS key ID. */
    INVALID_KMS_KEY_ID("InvalidKmsKeyIdException"),
    /** {@code InvalidLookupAttributesException}: {@code LookupEvents} lookup attributes that are not valid. */
    INVALID_LOOKUP_ATTRIBUTES("InvalidLookupAttributesException"),
    /** {@code InvalidMaxResultsException}: a {@code MaxResults} out of range. */
    INVALID_MAX_RESULTS("InvalidMaxResultsException"),
    /** {@code InvalidNextTokenException}: a {@code NextToken} the mock did not issue for this query. */
    INVALID_NEXT_TOKEN("InvalidNextTokenException"),
    /** {@code InvalidParameterCombinationException}: parameters that cannot be used together. */
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException"),
    /** {@code InvalidS3BucketNameException}: a malformed S3 bucket name. */
    INVALID_S3_BUCKET_NAME("InvalidS3BucketNameException"),
    /** {@code InvalidS3PrefixException}: a malformed S3 key prefix. */
    INVALID_S3_PREFIX("InvalidS3PrefixException"),
    /** {@code InvalidSnsTopicNameException}: a malformed SNS topic name. */
    INVALID_SNS_TOPIC_NAME("InvalidSnsTopicNameException"),
    /** {@code InvalidTagParameterException}: tag keys or values that break the tagging rules. */
    INVALID_TAG_PARAMETER("InvalidTagParameterException"),
    /**
     * {@code InvalidTimeRangeException}: a time range whose start is after its end.
     */
    INVALID_TIME_RANGE("InvalidTimeRangeException"),
    /** {@code InvalidTokenException}: a token that is not valid; modeled by the SDK, never answered by the mock. */
    INVALID_TOKEN("InvalidTokenException"),
    /** {@code InvalidTrailNameException}: a trail name, or trail ARN, that breaks the naming rules. */
    INVALID_TRAIL_NAME("InvalidTrailNameException"),
    /** {@code MaximumNumberOfTrailsExceededException}: a sixth trail in a Region, counting shadow trails of multi-Region trails. */
    MAXIMUM_NUMBER_OF_TRAILS_EXCEEDED("MaximumNumberOfTrailsExceededException"),
    /**
     * {@code NotOrganizationMasterAccountException}: an organization trail created or changed by an account that is not the management account.
     */
    NOT_ORGANIZATION_MASTER_ACCOUNT("NotOrganizationMasterAccountException"),
    /** {@code OperationNotPermittedException}: a tagging call from outside the trail's home Region. */
    OPERATION_NOT_PERMITTED("OperationNotPermittedException"),
    /** {@code OrganizationsNotInUseException}: an organization trail where the account belongs to no organization. */
    ORGANIZATIONS_NOT_IN_USE("OrganizationsNotInUseException"),
    /** {@code ResourceNotFoundException}: a tagging call on a trail that does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    /** {@code ResourceTypeNotSupportedException}: a tagging call on a CloudTrail resource that is not a trail. */
    RESOURCE_TYPE_NOT_SUPPORTED("ResourceTypeNotSupportedException"),
    /** {@code TagsLimitExceededException}: more than 50 tags on a trail. */
    TAGS_LIMIT_EXCEEDED("TagsLimitExceededException"),
    /** {@code ThrottlingException}: too many requests, such as throttled {@code LookupEvents} calls. */
    THROTTLING("ThrottlingException"),
    /** {@code TrailAlreadyExistsException}: a trail name already used in the account and Region. */
    TRAIL_ALREADY_EXISTS("TrailAlreadyExistsException"),
    /** {@code TrailNotFoundException}: no trail by that name or ARN is visible to the caller. */
    TRAIL_NOT_FOUND("TrailNotFoundException"),
    /** {@code UnsupportedOperationException}: an operation or parameter the mock does not model, such as CloudTrail Lake event data stores. */
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),

    // Protocol-level codes, common to all AWS JSON services.
    /**
     * {@code IncompleteSignatureException}: an {@code Authorization} header without a usable SigV4 credential scope.
     */
    INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
    /** {@code InternalFailure}: an unexpected failure inside the mock (HTTP 500); never a rejection of input. */
    INTERNAL_FAILURE("InternalFailure", 500),
    /** {@code InvalidSignatureException}: a credential scope whose Region is not a Region name (HTTP 403). */
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    /** {@code MissingAuthenticationTokenException}: a request without an {@code Authorization} header (HTTP 403). */
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    /** {@code RequestEntityTooLargeException}: a request body over the mock's size limit (HTTP 413). */
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLargeException", 413),
    /** {@code RequestTimeoutException}: a request whose body did not arrive in time (HTTP 408). */
    REQUEST_TIMEOUT("RequestTimeoutException", 408),
    /** {@code SerializationException}: a body that is not JSON, or a member of the wrong type. */
    SERIALIZATION("SerializationException"),
    /** {@code UnknownOperationException}: an {@code X-Amz-Target} that names no CloudTrail operation. */
    UNKNOWN_OPERATION("UnknownOperationException"),
    /** {@code UnsupportedMediaTypeException}: a {@code Content-Type} other than AWS JSON 1.1 (HTTP 415). */
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", 415),
    /** {@code ValidationException}: a required member missing, or a value out of its model's constraints. */
    VALIDATION("ValidationException");

    private final String code;
    private final int httpStatus;

    ErrorCode(String code) {
        this(code, 400);
    }

    ErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** {@return the code on the wire: the {@code __type} of the error body and the {@code x-amzn-ErrorType} header} */
    public String code() {
        return code;
    }

    /** {@return the HTTP status the error is answered with} */
    public int httpStatus() {
        return httpStatus;
    }
}
