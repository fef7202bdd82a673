package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.MockClients;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailArnInvalidException;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.CloudWatchLogsDeliveryUnavailableException;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsLogGroupArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidCloudWatchLogsRoleArnException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventCategoryException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidHomeRegionException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidInsightSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidKmsKeyIdException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidLookupAttributesException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidMaxResultsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidNextTokenException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3BucketNameException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3PrefixException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidSnsTopicNameException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTagParameterException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTokenException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.MaximumNumberOfTrailsExceededException;
import software.amazon.awssdk.services.cloudtrail.model.NotOrganizationMasterAccountException;
import software.amazon.awssdk.services.cloudtrail.model.OperationNotPermittedException;
import software.amazon.awssdk.services.cloudtrail.model.OrganizationsNotInUseException;
import software.amazon.awssdk.services.cloudtrail.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTypeNotSupportedException;
import software.amazon.awssdk.services.cloudtrail.model.TagsLimitExceededException;
import software.amazon.awssdk.services.cloudtrail.model.ThrottlingException;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.UnsupportedOperationException;

/**
 * Every error code the mock answers with, in the envelope the server writes, parsed by the real SDK into the
 * exception class CloudTrail's model gives it. A tiny server answers each request with the error whose
 * {@link ErrorCode} constant the request names, written by {@link CloudTrailHttpHandler#sendError}.
 */
class ErrorEnvelopeTest {
    /** The SDK class of each code CloudTrail models; the codes left out are raised as a plain CloudTrailException. */
    private static final Map<ErrorCode, Class<? extends CloudTrailException>> MODELED = Map.ofEntries(
            entry(ErrorCode.CLOUD_TRAIL_ARN_INVALID, CloudTrailArnInvalidException.class),
            entry(ErrorCode.CLOUD_WATCH_LOGS_DELIVERY_UNAVAILABLE, CloudWatchLogsDeliveryUnavailableException.class),
            entry(ErrorCode.INSIGHT_NOT_ENABLED, InsightNotEnabledException.class),
            entry(ErrorCode.INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN, InvalidCloudWatchLogsLogGroupArnException.class),
            entry(ErrorCode.INVALID_CLOUD_WATCH_LOGS_ROLE_ARN, InvalidCloudWatchLogsRoleArnException.class),
            entry(ErrorCode.INVALID_EVENT_CATEGORY, InvalidEventCategoryException.class),
            entry(ErrorCode.INVALID_EVENT_SELECTORS, InvalidEventSelectorsException.class),
            entry(ErrorCode.INVALID_HOME_REGION, InvalidHomeRegionException.class),
            entry(ErrorCode.INVALID_INSIGHT_SELECTORS, InvalidInsightSelectorsException.class),
            entry(ErrorCode.INVALID_KMS_KEY_ID, InvalidKmsKeyIdException.class),
            entry(ErrorCode.INVALID_LOOKUP_ATTRIBUTES, InvalidLookupAttributesException.class),
            entry(ErrorCode.INVALID_MAX_RESULTS, InvalidMaxResultsException.class),
            entry(ErrorCode.INVALID_NEXT_TOKEN, InvalidNextTokenException.class),
            entry(ErrorCode.INVALID_PARAMETER_COMBINATION, InvalidParameterCombinationException.class),
            entry(ErrorCode.INVALID_S3_BUCKET_NAME, InvalidS3BucketNameException.class),
            entry(ErrorCode.INVALID_S3_PREFIX, InvalidS3PrefixException.class),
            entry(ErrorCode.INVALID_SNS_TOPIC_NAME, InvalidSnsTopicNameException.class),
            entry(ErrorCode.INVALID_TAG_PARAMETER, InvalidTagParameterException.class),
            entry(ErrorCode.INVALID_TIME_RANGE, InvalidTimeRangeException.class),
            entry(ErrorCode.INVALID_TOKEN, InvalidTokenException.class),
            entry(ErrorCode.INVALID_TRAIL_NAME, InvalidTrailNameException.class),
            entry(ErrorCode.MAXIMUM_NUMBER_OF_TRAILS_EXCEEDED, MaximumNumberOfTrailsExceededException.class),
            entry(ErrorCode.NOT_ORGANIZATION_MASTER_ACCOUNT, NotOrganizationMasterAccountException.class),
            entry(ErrorCode.OPERATION_NOT_PERMITTED, OperationNotPermittedException.class),
            entry(ErrorCode.ORGANIZATIONS_NOT_IN_USE, OrganizationsNotInUseException.class),
            entry(ErrorCode.RESOURCE_NOT_FOUND, ResourceNotFoundException.class),
            entry(ErrorCode.RESOURCE_TYPE_NOT_SUPPORTED, ResourceTypeNotSupportedException.class),
            entry(ErrorCode.TAGS_LIMIT_EXCEEDED, TagsLimitExceededException.class),
            entry(ErrorCode.THROTTLING, ThrottlingException.class),
            entry(ErrorCode.TRAIL_ALREADY_EXISTS, TrailAlreadyExistsException.class),
            entry(ErrorCode.TRAIL_NOT_FOUND, TrailNotFoundException.class),
            entry(ErrorCode.UNSUPPORTED_OPERATION, UnsupportedOperationException.class));

    /** Codes common to all AWS JSON services, which CloudTrail's model does not list. */
    private static final EnumSet<ErrorCode> PROTOCOL = EnumSet.of(ErrorCode.INCOMPLETE_SIGNATURE,
            ErrorCode.INTERNAL_FAILURE, ErrorCode.INVALID_SIGNATURE, ErrorCode.MISSING_AUTHENTICATION_TOKEN,
            ErrorCode.REQUEST_ENTITY_TOO_LARGE, ErrorCode.REQUEST_TIMEOUT, ErrorCode.SERIALIZATION,
            ErrorCode.UNKNOWN_OPERATION, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.VALIDATION);

    private static Undertow server;
    private static URI endpoint;
    private static CloudTrailClient client;

    @BeforeAll
    static void startErrorServer() {
        AwsJsonCodec codec = new AwsJsonCodec();
        server = Undertow.builder()
                .addHttpListener(0, CloudTrailServer.LOOPBACK)
                .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
                    GetTrailRequest request = (GetTrailRequest) codec.decode(body, GetTrailRequest.builder());
                    ErrorCode code = ErrorCode.valueOf(request.name());
                    CloudTrailHttpHandler.sendError(ex, codec, code.httpStatus(), code.code(), "Message of " + code);
                }))
                .build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        endpoint = URI.create("http://" + CloudTrailServer.LOOPBACK + ":" + port);
        client = MockClients.of(endpoint, Region.US_EAST_1);
    }

    @AfterAll
    static void stopErrorServer() {
        client.close();
        server.stop();
    }

    @Test
    void everyErrorCodeIsEitherModeledOrAProtocolCode() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(MODELED.containsKey(code) ^ PROTOCOL.contains(code)).as(code.name()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void theSdkRaisesTheModeledExceptionForEachCode(ErrorCode code) {
        Class<? extends AwsServiceException> expected = MODELED.getOrDefault(code, CloudTrailException.class);
        assertRejected(() -> client.getTrail(r -> r.name(code.name())), expected, code.code(), code.httpStatus())
                .isEqualTo("Message of " + code);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void theEnvelopeIsTypeAndMessageWithTheCodeInAHeader(ErrorCode code) {
        RawHttp http = new RawHttp(endpoint);

        HttpResponse<String> answer = http.call(Operation.GET_TRAIL.wireName(), "{\"Name\":\"" + code.name() + "\"}");

        assertThat(answer.statusCode()).isEqualTo(code.httpStatus());
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue(code.code());
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        JsonNode body = RawHttp.json(answer);
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.get("__type").textValue()).isEqualTo(code.code());
        assertThat(body.get("message").textValue()).isEqualTo("Message of " + code);
    }

    @Test
    void answersAuthenticationErrorsWith403AndOthersWith400() {
        assertThat(ErrorCode.MISSING_AUTHENTICATION_TOKEN.httpStatus()).isEqualTo(403);
        assertThat(ErrorCode.INVALID_SIGNATURE.httpStatus()).isEqualTo(403);
        assertThat(ErrorCode.INCOMPLETE_SIGNATURE.httpStatus()).isEqualTo(400);
        assertThat(MODELED.keySet()).allSatisfy(code -> assertThat(code.httpStatus()).as(code.name()).isEqualTo(400));
    }
}
