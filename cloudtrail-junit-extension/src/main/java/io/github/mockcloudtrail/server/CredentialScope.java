package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.AsciiDigits;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.RegionNames;

/**
 * The access key and Region of a SigV4-signed request, read from its {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/cloudtrail/aws4_request, ...}.
 *
 * <p>Signatures are not verified: the mock trusts any secret key, as a test double should.
 *
 * <pre>{@code
 * CredentialScope scope = CredentialScope.parse(exchange.getRequestHeaders().getFirst("Authorization"));
 * scope.accessKeyId(); // "AKID"
 * scope.region();      // "us-east-1"
 * }</pre>
 *
 * @param accessKeyId the access key the request was signed with
 * @param region the Region the request was signed for
 */
public record CredentialScope(String accessKeyId, String region) {
    /*
     * The scope is read as the pattern Credential=([^/,\s]+)/(\d{8})/([^/,\s]+)/([^/,\s]+)/aws4_request would find
     * it, written out by hand as it runs on every request; CredentialScopeReadingTest holds the two to agreement.
     */
    private static final String CREDENTIAL = "Credential=";
    private static final String TERMINATOR = "aws4_request";
    private static final int DATE_DIGITS = 8;

    /**
     * @param authorization the {@code Authorization} header, or {@code null} when there is none
     * @return the access key and Region of the credential scope
     * @throws CloudTrailApiException {@code MissingAuthenticationTokenException} without a header,
     *     {@code IncompleteSignatureException} when it has no SigV4 credential scope, and
     *     {@code InvalidSignatureException} when the scope names no valid Region
     */
    public static CredentialScope parse(String authorization) {
        return parse(authorization, null);
    }

    /**
     * Like {@link #parse(String)}, but returns {@code previous} itself when the header names the same access key
     * and Region: a client signs its calls with one scope, and its strings, shared from call to call, are hashed
     * once rather than on every call by each map that looks them up.
     *
     * @param authorization the {@code Authorization} header, or {@code null} when there is none
     * @param previous a scope this method returned before, or null
     * @return the access key and Region of the credential scope
     */
    static CredentialScope parse(String authorization, CredentialScope previous) {
        if (authorization == null || authorization.isBlank()) {
            throw new CloudTrailApiException(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        CredentialScope scope = authorization.startsWith("AWS4-HMAC-SHA256") ? find(authorization, previous) : null;
        if (scope == null) {
            throw new CloudTrailApiException(ErrorCode.INCOMPLETE_SIGNATURE, "Authorization header requires a"
                    + " 'Credential=ACCESS_KEY/DATE/REGION/SERVICE/aws4_request' parameter of a AWS4-HMAC-SHA256 signature.");
        }
        if (scope == previous) {
            return scope; // its Region was checked when it was first read
        }
        String region = scope.region();
        if (!RegionNames.isValid(region)) {
            throw new CloudTrailApiException(ErrorCode.INVALID_SIGNATURE,
                    "Credential should be scoped to a valid region, not '" + region + "'.");
        }
        return scope;
    }

    /**
     * The scope at the first place in the text where the scope's pattern matches, its Region not yet checked, or
     * null if the pattern matches nowhere; {@code previous} itself when the scope found has its parts. A part's
     * characters exclude the slash that ends it, so each part is the longest run of them.
     */
    static CredentialScope find(String text, CredentialScope previous) {
        for (int at = text.indexOf(CREDENTIAL); at >= 0; at = text.indexOf(CREDENTIAL, at + 1)) {
            int keyStart = at + CREDENTIAL.length();
            int keyEnd = partEnd(text, keyStart);
            int dateEnd = keyEnd + 1 + DATE_DIGITS;
            if (keyEnd == keyStart || !isSlash(text, keyEnd) || !AsciiDigits.all(text, keyEnd + 1, dateEnd)
                    || !isSlash(text, dateEnd)) {
                continue;
            }
            int regionStart = dateEnd + 1;
            int regionEnd = partEnd(text, regionStart);
            if (regionEnd == regionStart || !isSlash(text, regionEnd)) {
                continue;
            }
            int serviceEnd = partEnd(text, regionEnd + 1);
            if (serviceEnd > regionEnd + 1 && isSlash(text, serviceEnd)
                    && text.startsWith(TERMINATOR, serviceEnd + 1)) {
                return previous != null && previous.matches(text, keyStart, keyEnd, regionStart, regionEnd) ? previous
                        : new CredentialScope(text.substring(keyStart, keyEnd), text.substring(regionStart, regionEnd));
            }
        }
        return null;
    }

    private boolean matches(String text, int keyStart, int keyEnd, int regionStart, int regionEnd) {
        return keyEnd - keyStart == accessKeyId.length() && text.startsWith(accessKeyId, keyStart)
                && regionEnd - regionStart == region.length() && text.startsWith(region, regionStart);
    }

    /** Where the run of part characters (not a slash, a comma or whitespace) that starts at {@code from} ends. */
    private static int partEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isPartCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Neither a slash, a comma nor whitespace as the pattern's {@code \s} means it. */
    private static boolean isPartCharacter(char c) {
        return c != '/' && c != ',' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r';
    }

    private static boolean isSlash(String text, int index) {
        return index < text.length() && text.charAt(index) == '/';
    }
}
