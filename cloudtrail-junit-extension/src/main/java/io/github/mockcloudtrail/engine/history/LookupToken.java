package io.github.mockcloudtrail.engine.history;

import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The opaque {@code NextToken} of {@code LookupEvents}: where the last page ended (time and sequence of
 * its oldest event), the history's newest event when the first page was read (the watermark), the
 * oldest time the first page allowed, and a fingerprint of the parameters it was issued for.
 *
 * <p>Later pages read strictly below the position and at or below the watermark, with the first page's
 * time window: events that arrive while a client pages, of any time, never shift, repeat or drop
 * results, and a clock that moves between pages does not either.
 *
 * @param fingerprint the hash of the parameters the token is bound to
 */
record LookupToken(String fingerprint, long minTime, long afterTime, long afterSeq, long watermark) {
    private static final String VERSION = "le1";

    String encode() {
        String plain = String.join("|", VERSION, fingerprint, Long.toString(minTime), Long.toString(afterTime),
                Long.toString(afterSeq), Long.toString(watermark));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token, which must have been issued for the same parameters.
     *
     * @throws CloudTrailApiException {@code InvalidNextTokenException} for anything else
     */
    static LookupToken parse(String token, String expectedFingerprint) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException notBase64) {
            throw invalid("was not issued by LookupEvents");
        }
        if (parts.length != 6 || !parts[0].equals(VERSION)) {
            throw invalid("was not issued by LookupEvents");
        }
        if (!parts[1].equals(expectedFingerprint)) {
            throw invalid("was issued for other parameters; pass the same LookupAttributes, StartTime, EndTime and"
                    + " EventCategory as the call that returned it");
        }
        try {
            return new LookupToken(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                    Long.parseLong(parts[4]), Long.parseLong(parts[5]));
        } catch (NumberFormatException e) {
            throw invalid("was not issued by LookupEvents");
        }
    }

    /** A short hash of the parameters a token is bound to. */
    static String fingerprint(String... parameters) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", Arrays.asList(parameters)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static CloudTrailApiException invalid(String why) {
        return new CloudTrailApiException(ErrorCode.INVALID_NEXT_TOKEN, "The NextToken " + why + ".");
    }
}
