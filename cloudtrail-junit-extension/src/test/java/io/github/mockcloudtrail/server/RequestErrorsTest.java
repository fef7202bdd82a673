package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;

/**
 * Requests the mock cannot serve: unknown operations, bodies that do not fit the operation's shape, missing
 * required members and missing credentials. Each is a 4xx AWS JSON error, and the server keeps serving.
 */
@MockCloudTrail
class RequestErrorsTest {
    private RawHttp http;

    private RawHttp http(CloudTrailMock mock) {
        http = new RawHttp(mock.endpoint());
        return http;
    }

    /** After every rejected request the mock still answers a good one. */
    @AfterEach
    void serverKeepsServing() {
        if (http != null) {
            assertThat(http.call("DescribeTrails", "{}").statusCode()).isEqualTo(200);
        }
    }

    private static void assertError(HttpResponse<String> answer, int status, String code, String message) {
        assertThat(answer.statusCode()).as("HTTP status").isEqualTo(status);
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue(code);
        assertThat(answer.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = RawHttp.json(answer);
        assertThat(body.get("__type").textValue()).isEqualTo(code);
        assertThat(body.get("message").textValue()).contains(message);
    }

    /** A client whose requests the interceptor rewrites after the SDK has built them. */
    private static CloudTrailClient rewriting(CloudTrailMock mock, ExecutionInterceptor interceptor) {
        CloudTrailClientBuilder builder = mock.clientBuilder();
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(interceptor).build()).build();
    }

    @Test
    void rejectsAnUnknownOperation(CloudTrailMock mock) {
        assertError(http(mock).call("DescribeThings", "{}"), 400, "UnknownOperationException",
                "Unknown operation DescribeThings.");
    }

    @Test
    void rejectsARequestWithoutTarget(CloudTrailMock mock) {
        assertError(http(mock).send(http.requestWithout("DescribeTrails", "{}", "X-Amz-Target")), 400,
                "UnknownOperationException", "Missing X-Amz-Target header");
    }

    @Test
    void theSdkRaisesUnknownOperationAsACloudTrailException(CloudTrailMock mock) {
        ExecutionInterceptor wrongTarget = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                return context.httpRequest().toBuilder()
                        .putHeader("X-Amz-Target", Operation.TARGET_PREFIX + "DescribeThings").build();
            }
        };

        try (CloudTrailClient client = rewriting(mock, wrongTarget)) {
            assertRejected(client::describeTrails, CloudTrailException.class, "UnknownOperationException")
                    .isEqualTo("Unknown operation DescribeThings.");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "DescribeTrails | {\"trailNameList\":               | The request body is not valid JSON",
        "DescribeTrails | {} {}                              | The request body is not valid JSON",
        "DescribeTrails | {\"trailNameList\":[],\"trailNameList\":[]} | Duplicate field 'trailNameList'",
        "DescribeTrails | []                                 | Expected a JSON object for DescribeTrailsRequest, but got an array.",
        "DescribeTrails | `\"trails\"`                       | Expected a JSON object for DescribeTrailsRequest, but got a string.",
        "GetTrail       | {\"Name\":5}                       | Expected a string for GetTrailRequest.Name, but got the number 5.",
        "GetTrail       | {\"Name\":[\"audit\"]}             | Expected a string for GetTrailRequest.Name, but got an array.",
        "DescribeTrails | {\"includeShadowTrails\":\"yes\"}  | Expected a boolean for DescribeTrailsRequest.includeShadowTrails, but got a string.",
        "DescribeTrails | {\"trailNameList\":\"audit\"}      | Expected a JSON array for DescribeTrailsRequest.trailNameList, but got a string.",
        "DescribeTrails | {\"trailNameList\":[1]}            | Expected a string for DescribeTrailsRequest.trailNameList[0], but got the number 1.",
        "DescribeTrails | {\"trailNameList\":[null]}         | Expected a value for DescribeTrailsRequest.trailNameList[0], but got null.",
        "CreateTrail    | {\"Name\":\"a\",\"TagsList\":[{\"Key\":1}]} | Expected a string for CreateTrailRequest.TagsList[0].Key, but got the number 1.",
        "CreateTrail    | {\"Name\":\"a\",\"TagsList\":{}}   | Expected a JSON array for CreateTrailRequest.TagsList, but got an object.",
        "DescribeTrails | {\"TrailNameList\":[]}             | Unknown member 'TrailNameList' in DescribeTrailsRequest; expected one of [trailNameList, includeShadowTrails].",
        "CreateTrail    | {\"name\":\"audit\"}               | Unknown member 'name' in CreateTrailRequest",
        "CreateTrail    | {\"TagsList\":[{\"Key\":\"a\",\"Colour\":\"b\"}]} | Unknown member 'Colour' in CreateTrailRequest.TagsList[0]",
        "ListPublicKeys | {\"StartTime\":\"yesterday\"}      | Expected a timestamp in epoch seconds for ListPublicKeysRequest.StartTime, but got a string.",
        "ListPublicKeys | {\"StartTime\":1e300}              | Member ListPublicKeysRequest.StartTime is not a valid timestamp",
        "ListPublicKeys | {\"StartTime\":true}               | Expected a timestamp in epoch seconds for ListPublicKeysRequest.StartTime, but got the boolean true."})
    void rejectsABodyThatDoesNotFitTheOperationsShape(String operation, String body, String message,
            CloudTrailMock mock) {
        assertError(http(mock).call(operation, body), 400, "SerializationException", message);
    }

    @Test
    void rejectsABodyThatIsNotUtf8(CloudTrailMock mock) {
        byte[] latin1 = "{\"Name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> answer = http(mock).send(http.request("GetTrail", "")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertError(answer, 400, "SerializationException", "The request body is not valid JSON");
    }

    @Test
    void rejectsNestingDeeperThanAnyShape(CloudTrailMock mock) {
        String deep = "{\"trailNameList\":" + "[".repeat(40) + "]".repeat(40) + "}";

        assertError(http(mock).call("DescribeTrails", deep), 400, "SerializationException",
                "The request body is not valid JSON");
    }

    @Test
    void theSdkRaisesSerializationErrorsAsACloudTrailException(CloudTrailMock mock) {
        String body = "{\"Name\":42}";
        ExecutionInterceptor wrongBody = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                return context.httpRequest().toBuilder().putHeader("Content-Length", String.valueOf(body.length())).build();
            }

            @Override
            public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
                    ExecutionAttributes attributes) {
                return Optional.of(RequestBody.fromString(body));
            }
        };

        try (CloudTrailClient client = rewriting(mock, wrongBody)) {
            assertRejected(() -> client.getTrail(r -> r.name("audit")), CloudTrailException.class,
                    "SerializationException")
                    .isEqualTo("Expected a string for GetTrailRequest.Name, but got the number 42.");
        }
    }

    @Test
    void rejectsAMissingRequiredMemberWithTheAwsWording(CloudTrailMock mock) {
        assertError(http(mock).call("CreateTrail", "{\"S3BucketName\":\"audit-logs\"}"), 400, "ValidationException",
                "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void rejectsARequestWithoutAuthorization(CloudTrailMock mock) {
        assertError(http(mock).send(http.requestWithout("DescribeTrails", "{}", "Authorization")), 403,
                "MissingAuthenticationTokenException", "Missing Authentication Token");
    }

    @Test
    void acceptsARequestWithoutContentType(CloudTrailMock mock) {
        HttpResponse<String> answer = http(mock).send(http.requestWithout("DescribeTrails", "{}", "Content-Type"));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void theSdkRaisesMissingAuthenticationAsACloudTrailException(CloudTrailMock mock) {
        try (CloudTrailClient anonymous = mock.clientBuilder()
                .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            assertRejected(anonymous::describeTrails, CloudTrailException.class, "MissingAuthenticationTokenException",
                    403)
                    .isEqualTo("Missing Authentication Token");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "X-Amz-Target  | DynamoDB_20120810.ListTables | 400 | UnknownOperationException | Unknown target 'DynamoDB_20120810.ListTables'; expected com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.<Operation>.",
        "Authorization | Bearer abc                   | 400 | IncompleteSignatureException | 'Credential=ACCESS_KEY/DATE/REGION/SERVICE/aws4_request'",
        "Authorization | AWS4-HMAC-SHA256 Credential=123456789012/20240301/moon/cloudtrail/aws4_request | 403 | InvalidSignatureException | Credential should be scoped to a valid region, not 'moon'.",
        "Content-Type  | application/x-www-form-urlencoded | 415 | UnsupportedMediaTypeException | Content-Type application/x-www-form-urlencoded is not supported; send application/x-amz-json-1.1."})
    void rejectsAHeaderItCannotServe(String header, String value, int status, String code, String message,
            CloudTrailMock mock) {
        HttpRequest.Builder request = http(mock).request("DescribeTrails", "{}").setHeader(header, value);

        assertError(http.send(request), status, code, message);
    }

    @Test
    void rejectsABodyLargerThanOneMebibyte(CloudTrailMock mock) {
        String huge = "{\"Name\":\"" + "a".repeat(1 << 20) + "\"}";

        assertError(http(mock).call("GetTrail", huge), 413, "RequestEntityTooLargeException",
                "Request body is larger than 1048576 bytes.");
    }

    @Test
    void rejectsAChunkedBodyLargerThanOneMebibyte(CloudTrailMock mock) {
        String huge = "{\"Name\":\"" + "a".repeat(1 << 20) + "\"}";
        HttpRequest.BodyPublisher withoutLength =
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(huge));

        assertError(http(mock).send(http.request("GetTrail", "").POST(withoutLength)), 413,
                "RequestEntityTooLargeException", "Request body is larger than 1048576 bytes.");
    }

    @Test
    void servesOnlyPostAtTheRoot(CloudTrailMock mock) {
        HttpResponse<String> get = http(mock).send(http.request("DescribeTrails", "{}").GET());
        HttpResponse<String> elsewhere = http.send(http.request("DescribeTrails", "{}")
                .uri(mock.endpoint().resolve("/trails")));

        assertError(get, 405, "UnknownOperationException", "Method GET is not allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertError(elsewhere, 404, "UnknownOperationException", "No such resource: /trails");
    }

    @Test
    void echoesAnUnpairedSurrogateAsValidJson(CloudTrailMock mock) {
        HttpResponse<String> answer = http(mock).call("GetTrail", "{\"Name\":\"\\ud800abc\"}");

        assertError(answer, 400, "InvalidTrailNameException", "only ASCII letters");
        assertThat(answer.body()).contains("\\uD800");
    }

    @Test
    void theSdkReportsTheUnpairedSurrogateAsAnInvalidName(CloudTrailClient client) {
        assertRejected(() -> client.getTrail(r -> r.name("\ud800abc")), InvalidTrailNameException.class,
                "InvalidTrailNameException")
                .contains("at position 1");
    }
}
