package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.ErrorCode;
import io.github.mockcloudtrail.engine.RegionNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request");

    /**
     * @param authorization the {@code Authorization} header, or {@code null} when there is none
     * @return the access key and Region of the credential scope
     * @throws CloudTrailApiException {@code MissingAuthenticationTokenException} without a header,
     *     {@code IncompleteSignatureException} when it has no SigV4 credential scope, and
     *     {@code InvalidSignatureException} when the scope names no valid Region
     */
    public static CredentialScope parse(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new CloudTrailApiException(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        if (!authorization.startsWith("AWS4-HMAC-SHA256") || !matcher.find()) {
            throw new CloudTrailApiException(ErrorCode.INCOMPLETE_SIGNATURE, "Authorization header requires a"
                    + " 'Credential=ACCESS_KEY/DATE/REGION/SERVICE/aws4_request' parameter of a AWS4-HMAC-SHA256 signature.");
        }
        String region = matcher.group(3);
        if (!RegionNames.isValid(region)) {
            throw new CloudTrailApiException(ErrorCode.INVALID_SIGNATURE,
                    "Credential should be scoped to a valid region, not '" + region + "'.");
        }
        return new CredentialScope(matcher.group(1), region);
    }
}
