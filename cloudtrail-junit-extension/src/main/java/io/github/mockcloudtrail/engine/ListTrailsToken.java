package io.github.mockcloudtrail.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code NextToken} of {@code ListTrails}: the ARN of the last trail returned, bound to the
 * account and Region that asked. Paging resumes after that ARN, so trails created or deleted between
 * pages never make a page repeat or skip the trails that were already there.
 */
final class ListTrailsToken {
    private static final String VERSION = "lt1";
    private static final ListTrailsToken FIRST_PAGE = new ListTrailsToken("", null);

    private final String lastArn;
    private final Caller caller;

    private ListTrailsToken(String lastArn, Caller caller) {
        this.lastArn = lastArn;
        this.caller = caller;
    }

    static ListTrailsToken after(String lastArn, Caller caller) {
        return new ListTrailsToken(lastArn, caller);
    }

    /** The first page for a missing token; {@code InvalidNextTokenException} for one not issued to this caller. */
    static ListTrailsToken parse(String token, Caller caller) {
        if (token == null) {
            return FIRST_PAGE;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(token);
        }
        if (parts.length != 4 || !parts[0].equals(VERSION)
                || !parts[1].equals(caller.accountId()) || !parts[2].equals(caller.region())) {
            throw invalid(token);
        }
        return new ListTrailsToken(parts[3], caller);
    }

    boolean isBefore(String arn) {
        return arn.compareTo(lastArn) > 0;
    }

    String encode() {
        String plain = String.join("\n", VERSION, caller.accountId(), caller.region(), lastArn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static CloudTrailApiException invalid(String token) {
        return new CloudTrailApiException(ErrorCode.INVALID_NEXT_TOKEN,
                "NextToken '" + token + "' was not issued by ListTrails to this account and Region.");
    }
}
