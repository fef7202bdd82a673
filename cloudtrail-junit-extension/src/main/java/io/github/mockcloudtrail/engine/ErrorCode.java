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
    CLOUD_TRAIL_ARN_INVALID("CloudTrailARNInvalidException"),
    CLOUD_WATCH_LOGS_DELIVERY_UNAVAILABLE("CloudWatchLogsDeliveryUnavailableException"),
    INSIGHT_NOT_ENABLED("InsightNotEnabledException"),
    INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN("InvalidCloudWatchLogsLogGroupArnException"),
    INVALID_CLOUD_WATCH_LOGS_ROLE_ARN("InvalidCloudWatchLogsRoleArnException"),
    INVALID_EVENT_CATEGORY("InvalidEventCategoryException"),
    INVALID_EVENT_SELECTORS("InvalidEventSelectorsException"),
    INVALID_HOME_REGION("InvalidHomeRegionException"),
    INVALID_INSIGHT_SELECTORS("InvalidInsightSelectorsException"),
    INVALID_KMS_KEY_ID("InvalidKmsKeyIdException"),
    INVALID_LOOKUP_ATTRIBUTES("InvalidLookupAttributesException"),
    INVALID_MAX_RESULTS("InvalidMaxResultsException"),
    INVALID_NEXT_TOKEN("InvalidNextTokenException"),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException"),
    INVALID_S3_BUCKET_NAME("InvalidS3BucketNameException"),
    INVALID_S3_PREFIX("InvalidS3PrefixException"),
    INVALID_SNS_TOPIC_NAME("InvalidSnsTopicNameException"),
    INVALID_TAG_PARAMETER("InvalidTagParameterException"),
    INVALID_TIME_RANGE("InvalidTimeRangeException"),
    INVALID_TOKEN("InvalidTokenException"),
    INVALID_TRAIL_NAME("InvalidTrailNameException"),
    MAXIMUM_NUMBER_OF_TRAILS_EXCEEDED("MaximumNumberOfTrailsExceededException"),
    NOT_ORGANIZATION_MASTER_ACCOUNT("NotOrganizationMasterAccountException"),
    OPERATION_NOT_PERMITTED("OperationNotPermittedException"),
    ORGANIZATIONS_NOT_IN_USE("OrganizationsNotInUseException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_TYPE_NOT_SUPPORTED("ResourceTypeNotSupportedException"),
    TAGS_LIMIT_EXCEEDED("TagsLimitExceededException"),
    THROTTLING("ThrottlingException"),
    TRAIL_ALREADY_EXISTS("TrailAlreadyExistsException"),
    TRAIL_NOT_FOUND("TrailNotFoundException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),

    // Protocol-level codes, common to all AWS JSON services.
    INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
    INTERNAL_FAILURE("InternalFailure", 500),
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLargeException", 413),
    REQUEST_TIMEOUT("RequestTimeoutException", 408),
    SERIALIZATION("SerializationException"),
    UNKNOWN_OPERATION("UnknownOperationException"),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", 415),
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

    /** The code on the wire: the {@code __type} of the error body and the {@code x-amzn-ErrorType} header. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
