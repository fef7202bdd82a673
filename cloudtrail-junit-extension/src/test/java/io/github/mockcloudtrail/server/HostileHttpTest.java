package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.server.Answers.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.Operation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP around a well-formed body: wrong or missing {@code X-Amz-Target}, wrong content types, other
 * methods and paths, absurd headers, broken framing. Where the request reaches the mock, the answer is a 4xx
 * AWS JSON error. Some requests are refused by Undertow while it parses them, before any handler runs, and
 * cannot carry the JSON envelope; for those the best honest answer is asserted:
 *
 * <ul>
 *   <li>a request that is not HTTP/1.1 (a garbage request line, HTTP/2's preface, lines ending in LF only), a
 *       header without a colon, a Content-Length that is no number, negative, given twice or of 2<sup>63</sup>
 *       bytes and more (up to 20 digits), both Content-Length and Transfer-Encoding, a header section over
 *       1 MiB or with over 200 headers, a path with a space, {@code POST *}: {@code 400 Bad Request} with an
 *       empty body and {@code Connection: close};</li>
 *   <li>an absolute request target naming another host: {@code 400 URI Host Header NO MATCH}, closed;</li>
 *   <li>a chunked body whose chunk size is no hexadecimal number: Undertow closes the connection without an
 *       answer (its chunk reader closes the connection on any read error, before the handler can answer).</li>
 * </ul>
 *
 * <p>After each, the trails are as they were and the server serves a new connection.
 */
class HostileHttpTest {
    private static final String DESCRIBE = "DescribeTrails";
    @RegisterExtension
    static final SeededServer server = new SeededServer();

    @AfterEach
    void nothingChangedAndTheServerServes() {
        server.assertIntactAndServing();
    }

    private static RawResponse send(RawRequest request) {
        try (RawConnection connection = server.connect()) {
            return connection.exchange(request.bytes());
        }
    }

    @ParameterizedTest(name = "X-Amz-Target: {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                                                  | Missing X-Amz-Target header",
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.             | Unknown operation .",
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeThings | Unknown operation DescribeThings.",
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.describetrails | Unknown operation describetrails.",
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrailsX | Unknown operation DescribeTrailsX.",
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails.GetTrail | Unknown operation DescribeTrails.GetTrail.",
        "CloudTrail_20131102.DescribeTrails                                  | Unknown target 'CloudTrail_20131102.DescribeTrails'",
        "CloudTrail_20131101.DescribeThings                                  | Unknown operation DescribeThings.",
        "cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails             | Unknown target 'cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails'",
        "DynamoDB_20120810.ListTables                                        | Unknown target 'DynamoDB_20120810.ListTables'"})
    void rejectsATargetThatNamesNoOperation(String target, String message) {
        assertError(send(RawRequest.call(DESCRIBE, "{}").header("X-Amz-Target", target)), 400,
                "UnknownOperationException", message);
    }

    /** The target as Smithy's awsJson1_1 forms it, which the AWS SDK for JavaScript v3 sends. */
    @Test
    void servesTheTargetWithoutItsNamespaceToo() {
        RawResponse answer = send(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}")
                .header("X-Amz-Target", "CloudTrail_20131101.GetTrail"));

        assertThat(answer.json().at("/Trail/TrailARN").textValue()).isEqualTo(SeededServer.AUDIT_ARN);
    }

    @Test
    void rejectsAMissingOrHugeTarget() {
        assertError(send(RawRequest.call(DESCRIBE, "{}").without("X-Amz-Target")), 400, "UnknownOperationException",
                "Missing X-Amz-Target header");
        assertError(send(RawRequest.call(DESCRIBE, "{}").header("X-Amz-Target", Operation.TARGET_PREFIX
                + "x".repeat(100_000))), 400, "UnknownOperationException", "Unknown operation xxx");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/xml", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "application/x-amz-json-1.1x", "*/*", "application/cbor", "", ";",
        "application/jso", "xapplication/json", "application/json-1.1", "application / json", "application/json,"})
    void rejectsAContentTypeThatIsNotJson(String contentType) {
        assertError(send(RawRequest.call(DESCRIBE, "{}").header("Content-Type", contentType)), 415,
                "UnsupportedMediaTypeException", "is not supported; send application/x-amz-json-1.1.");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/x-amz-json-1.1; charset=utf-8", "Application/X-Amz-Json-1.1",
        "application/x-amz-json-1.0", "application/json", "  application/json\t; charset=utf-8", "APPLICATION/JSON "})
    void acceptsTheJsonContentTypesInAnyCaseAndWithParameters(String contentType) {
        assertThat(send(RawRequest.call(DESCRIBE, "{}").header("Content-Type", contentType)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"})
    void rejectsEveryMethodButPost(String method) {
        RawResponse answer = send(RawRequest.call(DESCRIBE, "{}").requestLine(method + " / HTTP/1.1"));

        assertError(answer, 405, "UnknownOperationException", "Method " + method + " is not allowed");
        assertThat(answer.header("Allow")).hasValue("POST");
    }

    /** A HEAD answer has no body, by HTTP's rules: the error is in its status and headers. */
    @Test
    void rejectsHeadInTheStatusAndHeaders() {
        try (RawConnection connection = server.connect()) {
            connection.send(RawRequest.call(DESCRIBE, "").requestLine("HEAD / HTTP/1.1").bytes());
            RawResponse answer = connection.readHeadAnswer();

            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.header("x-amzn-ErrorType")).hasValue("UnknownOperationException");
            assertThat(answer.header("Allow")).hasValue("POST");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/trails", "//", "/%00", "/.."})
    void rejectsEveryPathButTheRoot(String path) {
        assertError(send(RawRequest.call(DESCRIBE, "{}").requestLine("POST " + path + " HTTP/1.1")), 404,
                "UnknownOperationException", "No such resource");
    }

    @Test
    void servesTheRootWithAQueryStringAndHttp10() {
        assertThat(send(RawRequest.call(DESCRIBE, "{}").requestLine("POST /?x=1 HTTP/1.1")).status()).isEqualTo(200);
        RawResponse http10 = send(RawRequest.call(DESCRIBE, "{}").requestLine("POST / HTTP/1.0"));
        assertThat(http10.status()).isEqualTo(200);
        assertThat(http10.closesConnection()).isTrue();
    }

    /** Large but within Undertow's limits (1 MiB of headers, 200 of them): served as usual. */
    @Test
    void servesLargeHeadersWithinUndertowsLimits() {
        RawRequest manyHeaders = RawRequest.call(DESCRIBE, "{}");
        for (int i = 0; i < 150; i++) {
            manyHeaders.header("X-Extra-" + i, "value " + i);
        }

        assertThat(send(RawRequest.call(DESCRIBE, "{}").header("User-Agent", "u".repeat(900_000))).status())
                .isEqualTo(200);
        assertThat(send(manyHeaders).status()).isEqualTo(200);
        assertError(send(RawRequest.call(DESCRIBE, "{}").header("Authorization", "x".repeat(64_000))), 400,
                "IncompleteSignatureException", "Credential=ACCESS_KEY/DATE/REGION/SERVICE/aws4_request");
    }

    /** Undertow reads any coding but identity as chunked: another one is refused rather than misread. */
    @ParameterizedTest(name = "Transfer-Encoding: {0}")
    @ValueSource(strings = {"gzip", "compress, chunked", "x"})
    void rejectsATransferCodingOtherThanChunked(String coding) {
        RawResponse answer = send(RawRequest.call(DESCRIBE, "{}").header("Transfer-Encoding", coding));

        assertError(answer, 400, "SerializationException", "Transfer-Encoding " + coding + " is not supported");
        assertThat(answer.closesConnection()).isTrue();
    }

    /** Undertow's header parser lets a Content-Length of over 20 digits through, which its body reader fails on. */
    @Test
    void rejectsAContentLengthNoLongHolds() {
        RawResponse answer = send(RawRequest.call(DESCRIBE, "{}").header("Content-Length", "9".repeat(23)));

        assertError(answer, 400, "SerializationException", "Content-Length 99999999999999999999999 is not a number");
        assertThat(answer.closesConnection()).isTrue();
    }

    @Test
    void servesAChunkedBody() {
        assertThat(send(RawRequest.call("GetTrail", "{\"Name\":\"audit\"}").chunked()).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {
        "HELLO\r\n\r\n",
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nContent-Length: 2\r\n\r\n{}",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        "POST /a b HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
        "POST * HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9223372036854775808\r\n\r\n{}",
        "POST / HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}",
        "POST http://example.com/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}",
        "\u0000\u0001\u0002\u00ff\u00fe\r\n\r\n"})
    void undertowRefusesWhatIsNotHttpWithA400AndClosesTheConnection(String request) {
        assertUndertowRefuses(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void undertowRefusesHeadersOverItsLimitsWithA400AndClosesTheConnection() {
        RawRequest tooMany = RawRequest.call(DESCRIBE, "{}");
        for (int i = 0; i < 500; i++) {
            tooMany.header("X-Extra-" + i, "value");
        }

        assertUndertowRefuses(tooMany.bytes());
        assertUndertowRefuses(RawRequest.call(DESCRIBE, "{}").header("X-Huge", "h".repeat(2 << 20)).bytes());
    }

    @Test
    void undertowClosesTheConnectionOnABrokenChunkWithoutAnAnswer() {
        RawRequest request = RawRequest.call(DESCRIBE, "").header("Transfer-Encoding", "chunked");

        try (RawConnection connection = server.connect()) {
            connection.send(request.head());
            connection.send("ZZ\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(connection.readUntilClosed()).as("what the server sent before closing").isEmpty();
        }
    }

    private static void assertUndertowRefuses(byte[] request) {
        try (RawConnection connection = server.connect()) {
            connection.send(request);
            RawResponse answer = connection.read();

            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.closesConnection()).isTrue();
            assertThat(connection.readUntilClosed()).isEmpty();
        }
    }
}
