package io.github.mockcloudtrail.engine;

import java.util.Objects;

/**
 * Who made a request and where: the account the access key belongs to, the Region the request was
 * signed for, and the access key itself.
 *
 * <pre>{@code
 * Caller caller = new Caller("123456789012", "us-east-1", "123456789012");
 * }</pre>
 *
 * @param accountId the 12-digit account that owns the call
 * @param region the Region from the SigV4 credential scope
 * @param accessKeyId the access key from the SigV4 credential scope
 */
public record Caller(String accountId, String region, String accessKeyId) {
    /**
     * Checks that every member is given.
     *
     * @param accountId the account
     * @param region the Region
     * @param accessKeyId the access key
     */
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }

    /** {@return the ARN partition of the caller's Region: {@code aws}, {@code aws-cn} or {@code aws-us-gov}} */
    public String partition() {
        return Partitions.of(region);
    }
}
