package io.github.mockcloudtrail.engine;

import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

/**
 * A trail ARN: {@code arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME}.
 *
 * <pre>{@code
 * TrailArn arn = TrailArn.of("aws", "us-east-1", "123456789012", "org-audit");
 * assert arn.toString().equals("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");
 * }</pre>
 *
 * @param partition the ARN partition, such as {@code aws}
 * @param region the trail's home Region
 * @param accountId the account that owns the trail
 * @param name the trail name
 */
public record TrailArn(String partition, String region, String accountId, String name) {
    static final String EXAMPLE = "arn:aws:cloudtrail:us-east-1:123456789012:trail/MyTrail";

    /**
     * The ARN of a trail.
     *
     * @param partition the ARN partition, such as {@code aws}
     * @param region the trail's home Region
     * @param accountId the account that owns the trail
     * @param name the trail name
     * @return the ARN
     */
    public static TrailArn of(String partition, String region, String accountId, String name) {
        return new TrailArn(partition, region, accountId, name);
    }

    /** Whether the parameter is meant as an ARN rather than a trail name. */
    static boolean looksLikeArn(String nameOrArn) {
        return nameOrArn.startsWith("arn:");
    }

    /**
     * Parses a trail ARN given where a trail name or ARN is expected; anything malformed is an
     * {@code InvalidTrailNameException}, as in CloudTrail.
     */
    static TrailArn parseTrailParameter(String value) {
        return parse(value, ErrorCode.INVALID_TRAIL_NAME, ErrorCode.INVALID_TRAIL_NAME);
    }

    /**
     * Parses the {@code ResourceId} of a tagging call: a malformed ARN is a
     * {@code CloudTrailARNInvalidException}, a CloudTrail ARN for something other than a trail a
     * {@code ResourceTypeNotSupportedException}.
     */
    static TrailArn parseResourceId(String value) {
        return parse(value, ErrorCode.CLOUD_TRAIL_ARN_INVALID, ErrorCode.RESOURCE_TYPE_NOT_SUPPORTED);
    }

    private static TrailArn parse(String value, ErrorCode malformed, ErrorCode notATrail) {
        Optional<Arn> parsed = tryParse(value);
        String expected = "'" + value + "' is not a valid trail ARN; the format is " + EXAMPLE + ".";
        if (parsed.isEmpty() || !"cloudtrail".equals(parsed.get().service())) {
            throw new CloudTrailApiException(malformed, expected);
        }
        Arn arn = parsed.get();
        String region = arn.region().orElse("");
        String account = arn.accountId().orElse("");
        if (!RegionNames.isValid(region) || !AccountIds.isValid(account) || !Partitions.of(region).equals(arn.partition())) {
            throw new CloudTrailApiException(malformed, expected);
        }
        String resource = arn.resourceAsString();
        if (!resource.startsWith("trail/")) {
            String resourceType = arn.resource().resourceType().orElse("");
            if (resourceType.isEmpty() || resourceType.equals("trail")) {
                throw new CloudTrailApiException(malformed, expected);
            }
            throw new CloudTrailApiException(notATrail, "Resource type '" + resourceType + "' of '" + value
                    + "' is not supported: only trails (" + EXAMPLE + ") can be used here.");
        }
        String name = TrailNameRule.requireValid(resource.substring("trail/".length()));
        return new TrailArn(arn.partition(), region, account, name);
    }

    /** {@link Arn#tryFromString} still throws for some malformed ARNs, such as one ending in {@code trail/}. */
    private static Optional<Arn> tryParse(String value) {
        try {
            return Arn.tryFromString(value);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":cloudtrail:" + region + ":" + accountId + ":trail/" + name;
    }
}
