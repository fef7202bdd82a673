package io.github.mockcloudtrail.engine.keys;

import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.TimeRanges;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysResponse;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;

/**
 * {@code ListPublicKeys}: the keys of the caller's account and Region valid in the time range, which
 * defaults to the current time at both ends, so that without a range the current key is returned.
 * {@code NextToken} is "reserved for future use" and ignored.
 *
 * <pre>{@code
 * PublicKeyListing listing = new PublicKeyListing(engine.keys(), clock);
 * List<PublicKey> current = listing.list(caller, ListPublicKeysRequest.builder().build()).publicKeyList();
 * }</pre>
 */
public final class PublicKeyListing {
    private final PublicKeyRing keys;
    private final Clock clock;

    /**
     * A listing over a key ring; the clock is the default end of the range.
     *
     * @param keys the key ring
     * @param clock the mock's clock
     */
    public PublicKeyListing(PublicKeyRing keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Answers one {@code ListPublicKeys} request.
     *
     * @param caller whose account and Region's keys are listed
     * @param request the request
     * @return the keys valid in the range
     * @throws io.github.mockcloudtrail.engine.CloudTrailApiException if the range ends before it starts
     */
    public ListPublicKeysResponse list(Caller caller, ListPublicKeysRequest request) {
        Instant now = clock.instant();
        Instant start = request.startTime() != null ? request.startTime() : now;
        Instant end = request.endTime() != null ? request.endTime() : now;
        TimeRanges.requireOrdered(start, end);
        if (!now.isBefore(start) && !now.isAfter(end)) {
            keys.current(caller.accountId(), caller.region());
        }
        return ListPublicKeysResponse.builder()
                .publicKeyList(keys.validIn(caller.accountId(), caller.region(), start, end).stream()
                        .map(key -> PublicKey.builder()
                                .value(SdkBytes.fromByteArray(key.publicKeyPkcs1()))
                                .validityStartTime(key.validityStart())
                                .validityEndTime(key.validityEnd())
                                .fingerprint(key.fingerprint())
                                .build())
                        .toList())
                .build();
    }
}
