package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;

/**
 * Blobs in the codec. No CloudTrail request carries one ({@code PublicKey.Value} of {@code ListPublicKeys} is the
 * only blob, in an answer), so no SDK request can send bad base64: this is checked on the codec itself.
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
}
