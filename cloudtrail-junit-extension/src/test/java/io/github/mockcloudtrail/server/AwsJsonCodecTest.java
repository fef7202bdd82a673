package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;

/**
 * The codec itself. Blobs: no CloudTrail request carries one ({@code PublicKey.Value} of {@code ListPublicKeys} is
 * the only blob, in an answer), so no SDK request can send bad base64. Which error wins: requests are read token by
 * token, yet a body that is not JSON is reported as such even after a member of the wrong type, as a reader of the
 * whole body would; the first of several mismatches is the one reported.
 */
class AwsJsonCodecTest {
    private final AwsJsonCodec codec = new AwsJsonCodec();

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesBlobsAsBase64AndTimestampsAsEpochSeconds() {
        PublicKey key = PublicKey.builder()
                .value(SdkBytes.fromByteArray(new byte[] {1, 2, 3}))
                .validityStartTime(Instant.parse("2024-03-01T12:00:00Z"))
                .validityEndTime(Instant.parse("2024-03-01T12:00:00.5Z"))
                .fingerprint("8eba5db5bea9b640d6c8cf8b4c0a9b7a")
                .build();

        assertThat(new String(codec.encode(key), StandardCharsets.UTF_8)).isEqualTo("{\"Value\":\"AQID\","
                + "\"ValidityStartTime\":1709294400,\"ValidityEndTime\":1709294400.5,"
                + "\"Fingerprint\":\"8eba5db5bea9b640d6c8cf8b4c0a9b7a\"}");
    }

    /** Times are written by hand; they must read as the decimal of scale 3, trailing zeros stripped, writes them. */
    @Test
    void writesTimestampsAsTheirDecimalWould() {
        Random random = new Random(5);
        long[] named = {0, 1, 10, 100, 999, 1000, 1001, 1010, 1100, 10_000, 1_709_294_400_500L, -1, -1500, -10_000};
        for (int i = 0; i < 100_000 + named.length; i++) {
            long epochMilli = i < named.length ? named[i]
                    : random.nextLong() % 400_000_000_000_000L / (1 + random.nextInt(1000));
            byte[] written = new JsonBytesWriter().millisAsSeconds(epochMilli).toByteArray();
            assertThat(new String(written, StandardCharsets.US_ASCII)).as("%d ms", epochMilli)
                    .isEqualTo(BigDecimal.valueOf(epochMilli, 3).stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Answers are written by hand; every string must come out byte for byte as Jackson writes it (quotes,
     * backslashes, control characters, two- and three-byte characters, surrogate pairs and lone surrogates), and read
     * back as it was where Jackson reads it (a lone surrogate, which no request can bring in, it does not).
     */
    @Test
    void writesStringsAsJacksonDoesAndReadsThemBack() throws IOException {
        Random random = new Random(7);
        char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 0x1F, 0x7F, 0xE9, 0x7FF,
                0x800, 0x20AC, 0xFFFF, 0xD83D, 0xDE00, 0xDBFF, 0xDC00};
        JsonFactory json = new JsonFactory();
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String value = new String(text);
            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            try (JsonGenerator out = json.createGenerator(jackson)) {
                out.writeStartObject();
                out.writeStringField(value, value);
                out.writeEndObject();
            }
            byte[] ours = new JsonBytesWriter().startObject().name(value).string(value).endObject().toByteArray();

            assertThat(new String(ours, StandardCharsets.ISO_8859_1)).as("%s", value.chars().boxed().toList())
                    .isEqualTo(jackson.toString(StandardCharsets.ISO_8859_1));
            if (!value.equals(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
                continue; // a lone surrogate
            }
            try (JsonParser parser = json.createParser(ours)) {
                parser.nextToken();
                assertThat(parser.nextFieldName()).isEqualTo(value);
                assertThat(parser.nextTextValue()).isEqualTo(value);
            }
        }
    }

    @Test
    void separatesValuesWithCommasInEveryKindOfContainer() {
        byte[] written = new JsonBytesWriter().startObject()
                .name("a").startArray().number(1).string("x").bool(false).nullValue().startObject().endObject()
                .startArray().endArray().number(-2.5).number(Double.NaN).endArray()
                .name("b").startObject().name("c").number(Long.MIN_VALUE).name("d").millisAsSeconds(1500).endObject()
                .name("e").number(0).endObject().toByteArray();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("{\"a\":[1,\"x\",false,null,{},[],-2.5,\"NaN\"],"
                + "\"b\":{\"c\":-9223372036854775808,\"d\":1.5},\"e\":0}");
    }

    @Test
    void readsBase64Blobs() {
        PublicKey key = (PublicKey) codec.decode(utf8("{\"Value\":\"AQID\",\"ValidityStartTime\":1709294400.25}"),
                PublicKey.builder());

        assertThat(key.value().asByteArray()).containsExactly(1, 2, 3);
        assertThat(key.validityStartTime()).isEqualTo(Instant.parse("2024-03-01T12:00:00.250Z"));
    }

    @Test
    void rejectsBadBase64AsASerializationError() {
        CloudTrailApiException error = catchThrowableOfType(CloudTrailApiException.class,
                () -> codec.decode(utf8("{\"Value\":\"not base64!\"}"), PublicKey.builder()));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.SERIALIZATION);
        assertThat(error.getMessage()).isEqualTo("Member PublicKey.Value is not valid base64.");
    }

    @Test
    void rejectsABlobThatIsNotAString() {
        CloudTrailApiException error = catchThrowableOfType(CloudTrailApiException.class,
                () -> codec.decode(utf8("{\"Value\":[1,2,3]}"), PublicKey.builder()));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.SERIALIZATION);
        assertThat(error.getMessage()).isEqualTo("Expected a base64 string for PublicKey.Value, but got an array.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"Name":5,"S3BucketName":                 | The request body is not valid JSON: Unexpected end-of-input
            {"Name":5,"Name":"audit"}                 | The request body is not valid JSON: Duplicate field 'Name'
            {"Name":[1,{"a":2}],"S3BucketName":"b"} x | The request body is not valid JSON: Unrecognized token 'x'
            {"Name":5} {}                             | The request body is not valid JSON: another value follows the first
            {"Name":5,"Colour":"red"}                 | Expected a string for CreateTrailRequest.Name, but got the number 5.
            {"Colour":"red","Name":5}                 | Unknown member 'Colour' in CreateTrailRequest; expected one of [
            {"Name":1.50}                             | Expected a string for CreateTrailRequest.Name, but got the number 1.50.
            {"Name":true}                             | Expected a string for CreateTrailRequest.Name, but got the boolean true.
            {"IsMultiRegionTrail":"yes"}              | Expected a boolean for CreateTrailRequest.IsMultiRegionTrail, but got a string.
            "audit"                                   | Expected a JSON object for CreateTrailRequest, but got a string.
            '   '                                     | Expected a JSON object for CreateTrailRequest, but got missing.
            """)
    void reportsAsAReaderOfTheWholeBodyWould(String body, String message) {
        CloudTrailApiException error = catchThrowableOfType(CloudTrailApiException.class,
                () -> codec.decode(utf8(body), CreateTrailRequest.builder()));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.SERIALIZATION);
        assertThat(error.getMessage()).startsWith(message);
    }

    @Test
    void namesTheListElementAndNestedMemberThatDoNotFit() {
        CloudTrailApiException error = catchThrowableOfType(CloudTrailApiException.class,
                () -> codec.decode(utf8("{\"TrailName\":\"t\",\"EventSelectors\":[{\"ReadWriteType\":\"All\"},"
                        + "{\"IncludeManagementEvents\":\"no\"}, null]}"), PutEventSelectorsRequest.builder()));

        assertThat(error.getMessage()).isEqualTo("Expected a boolean for"
                + " PutEventSelectorsRequest.EventSelectors[1].IncludeManagementEvents, but got a string.");
    }

    @Test
    void readsNestedListsAndMembers() {
        PutEventSelectorsRequest request = (PutEventSelectorsRequest) codec.decode(utf8("{\"TrailName\":\"t\","
                + "\"EventSelectors\":[{\"ReadWriteType\":\"ReadOnly\",\"DataResources\":[{\"Type\":"
                + "\"AWS::S3::Object\",\"Values\":[\"arn:aws:s3:::b/\"]}]}]}"), PutEventSelectorsRequest.builder());

        assertThat(request.trailName()).isEqualTo("t");
        assertThat(request.eventSelectors().get(0).readWriteTypeAsString()).isEqualTo("ReadOnly");
        assertThat(request.eventSelectors().get(0).dataResources().get(0).values()).containsExactly("arn:aws:s3:::b/");
    }
}
