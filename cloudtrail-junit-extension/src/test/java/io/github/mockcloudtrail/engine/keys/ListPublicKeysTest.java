package io.github.mockcloudtrail.engine.keys;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.server.CloudTrailServer;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;

/**
 * {@code ListPublicKeys}: real RSA keys, DER-encoded PKCS#1, one per account, Region and 30-day period on the
 * mock's clock, with the private halves kept for signing. The test parses the keys with the JDK.
 */
@MockCloudTrail(clock = "2024-03-10T12:00:00Z")
class ListPublicKeysTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    /** The X.509 SubjectPublicKeyInfo algorithm identifier of RSA: SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }. */
    private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("300d06092a864886f70d0101010500");

    /** Reads a PKCS#1 RSAPublicKey with the JDK, by wrapping it in the SubjectPublicKeyInfo the JDK reads. */
    static RSAPublicKey parsePkcs1(byte[] pkcs1) throws Exception {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0); // no unused bits
        bitString.writeBytes(pkcs1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(der(0x03, bitString.toByteArray()));
        byte[] spki = der(0x30, body.toByteArray());
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        byte[] length = BigInteger.valueOf(content.length).toByteArray();
        if (content.length < 0x80) {
            out.write(content.length);
        } else {
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    @Test
    void returnsTheCurrentKeyAsPkcs1WithAnMd5Fingerprint(CloudTrailClient cloudTrail) throws Exception {
        List<PublicKey> keys = cloudTrail.listPublicKeys(r -> { }).publicKeyList();

        assertThat(keys).hasSize(1);
        PublicKey key = keys.get(0);
        byte[] value = key.value().asByteArray();
        RSAPublicKey parsed = parsePkcs1(value);
        assertThat(parsed.getModulus().bitLength()).isEqualTo(2048);
        assertThat(parsed.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
        assertThat(key.fingerprint()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(value)));
        assertThat(key.validityStartTime()).isBeforeOrEqualTo(NOW);
        assertThat(key.validityEndTime()).isAfter(NOW)
                .isEqualTo(key.validityStartTime().plus(PublicKeyRing.ROTATION_PERIOD));
    }

    @Test
    void keepsThePrivateHalfOfEachKey() throws Exception {
        CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.builder().clock(MockClock.fixedAt(NOW)).build());
        PublicKey key;
        try (CloudTrailServer server = CloudTrailServer.start(engine);
                CloudTrailClient cloudTrail = MockClients.of(server.endpoint(), Region.US_EAST_1)) {
            key = cloudTrail.listPublicKeys(r -> { }).publicKeyList().get(0);
        }
        SigningKey signing = engine.keys().current(EngineOptions.DEFAULT_ACCOUNT_ID, "us-east-1");
        assertThat(signing.fingerprint()).isEqualTo(key.fingerprint());
        RSAPublicKey parsed = parsePkcs1(key.value().asByteArray());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(signing.privateKey());
        signer.update("digest".getBytes(StandardCharsets.UTF_8));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(parsed);
        verifier.update("digest".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(signer.sign())).as("the private half signs what the public key verifies").isTrue();
    }

    @Test
    void rotatesKeysOnAFixedPeriodOfTheMocksClock(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        PublicKey first = cloudTrail.listPublicKeys(r -> { }).publicKeyList().get(0);
        assertThat(cloudTrail.listPublicKeys(r -> { }).publicKeyList()).containsExactly(first);

        mock.clock().advance(PublicKeyRing.ROTATION_PERIOD);
        PublicKey second = cloudTrail.listPublicKeys(r -> { }).publicKeyList().get(0);

        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(second.validityStartTime()).isEqualTo(first.validityEndTime());
        assertThat(cloudTrail.listPublicKeys(r -> r.startTime(first.validityStartTime())
                .endTime(second.validityStartTime())).publicKeyList()).containsExactly(first, second);
        assertThat(cloudTrail.listPublicKeys(r -> r.startTime(first.validityStartTime())
                .endTime(first.validityEndTime().minusSeconds(1))).publicKeyList()).containsExactly(first);
        assertThat(cloudTrail.listPublicKeys(r -> r.startTime(NOW.minus(Duration.ofDays(400)))
                .endTime(NOW.minus(Duration.ofDays(300)))).publicKeyList()).isEmpty();
    }

    @Test
    void eachAccountAndRegionHasItsOwnKeys(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        String mine = cloudTrail.listPublicKeys(r -> { }).publicKeyList().get(0).fingerprint();
        try (CloudTrailClient europe = MockClients.in(mock, Region.EU_WEST_1);
                CloudTrailClient member = MockClients.as(mock, "210987654321")) {
            assertThat(europe.listPublicKeys(r -> { }).publicKeyList().get(0).fingerprint()).isNotEqualTo(mine);
            assertThat(member.listPublicKeys(r -> { }).publicKeyList().get(0).fingerprint()).isNotEqualTo(mine);
        }
    }

    @Test
    void rejectsAStartAfterTheEnd(CloudTrailClient cloudTrail) {
        assertRejected(() -> cloudTrail.listPublicKeys(r -> r.startTime(NOW).endTime(NOW.minusSeconds(1))),
                InvalidTimeRangeException.class, "InvalidTimeRangeException").contains("is after EndTime");
        assertRejected(() -> cloudTrail.listPublicKeys(r -> r.startTime(NOW.plusSeconds(60))),
                InvalidTimeRangeException.class, "InvalidTimeRangeException").contains("is after EndTime");
    }
}
