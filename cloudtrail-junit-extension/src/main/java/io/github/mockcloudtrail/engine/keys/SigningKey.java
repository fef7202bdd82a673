package io.github.mockcloudtrail.engine.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One RSA key pair CloudTrail signs digest files with in one account and Region, for one validity
 * period. {@code ListPublicKeys} returns its public half as DER-encoded PKCS#1 {@code RSAPublicKey}
 * with a fingerprint, the hex MD5 of those bytes; the private half stays in the mock, to sign digests.
 *
 * <pre>{@code
 * SigningKey key = engine.keys().current("123456789012", "us-east-1");
 * Signature signer = Signature.getInstance("SHA256withRSA");
 * signer.initSign(key.privateKey());
 * }</pre>
 */
public final class SigningKey {
    private final Instant validityStart;
    private final Instant validityEnd;
    private final KeyPair keyPair;
    private final byte[] pkcs1;
    private final String fingerprint;

    SigningKey(Instant validityStart, Instant validityEnd, KeyPair keyPair) {
        this.validityStart = validityStart;
        this.validityEnd = validityEnd;
        this.keyPair = keyPair;
        this.pkcs1 = pkcs1((RSAPublicKey) keyPair.getPublic());
        this.fingerprint = md5Hex(pkcs1);
    }

    /** {@return when the key starts signing digests} */
    public Instant validityStart() {
        return validityStart;
    }

    /** {@return when the next key takes over} */
    public Instant validityEnd() {
        return validityEnd;
    }

    /** {@return the public key as DER-encoded PKCS#1 {@code RSAPublicKey}: {@code SEQUENCE { modulus, publicExponent }}} */
    public byte[] publicKeyPkcs1() {
        return pkcs1.clone();
    }

    /** {@return the public half of the pair} */
    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keyPair.getPublic();
    }

    /** {@return the private half of the pair, which signs digest files} */
    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** {@return the lower-case hex MD5 of {@link #publicKeyPkcs1()}} */
    public String fingerprint() {
        return fingerprint;
    }

    boolean overlaps(Instant start, Instant end) {
        return !validityStart.isAfter(end) && validityEnd.isAfter(start);
    }

    private static byte[] pkcs1(RSAPublicKey key) {
        ByteArrayOutputStream integers = new ByteArrayOutputStream();
        derInteger(integers, key.getModulus());
        derInteger(integers, key.getPublicExponent());
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        derHeader(sequence, 0x30, integers.size());
        sequence.writeBytes(integers.toByteArray());
        return sequence.toByteArray();
    }

    private static void derInteger(ByteArrayOutputStream out, BigInteger value) {
        byte[] bytes = value.toByteArray(); // two's complement, minimal, with a leading zero when needed
        derHeader(out, 0x02, bytes.length);
        out.writeBytes(bytes);
    }

    private static void derHeader(ByteArrayOutputStream out, int tag, int length) {
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | octets);
        for (int i = octets - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }
}
