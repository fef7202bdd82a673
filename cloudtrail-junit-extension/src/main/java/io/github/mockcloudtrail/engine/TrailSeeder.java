package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.TrailSeed;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * Turns a {@link TrailSeed} into the API calls that would create it, so seeds pass exactly the
 * validation those calls do.
 */
final class TrailSeeder {
    /** The default bucket prefix, as the CloudTrail console names new buckets. */
    static final String DEFAULT_BUCKET_PREFIX = "aws-cloudtrail-logs-";

    @FunctionalInterface
    interface Executor {
        void execute(Operation operation, Caller caller, SdkRequest request);
    }

    private TrailSeeder() {
    }

    static void seed(TrailSeed seed, Caller caller, Executor executor) {
        executor.execute(Operation.CREATE_TRAIL, caller, createRequest(seed, caller));
        try {
            SelectorSeeds.apply(seed, caller, executor);
        } catch (CloudTrailApiException rejected) {
            // A seed is created whole or not at all.
            executor.execute(Operation.DELETE_TRAIL, caller, DeleteTrailRequest.builder().name(seed.name()).build());
            throw rejected;
        }
        if (seed.logging()) {
            executor.execute(Operation.START_LOGGING, caller, StartLoggingRequest.builder().name(seed.name()).build());
        }
    }

    static CreateTrailRequest createRequest(TrailSeed seed, Caller caller) {
        return CreateTrailRequest.builder()
                .name(seed.name())
                .s3BucketName(seed.s3BucketName().orElse(DEFAULT_BUCKET_PREFIX + caller.accountId()))
                .s3KeyPrefix(seed.s3KeyPrefix().orElse(null))
                .snsTopicName(seed.snsTopicName().orElse(null))
                .isMultiRegionTrail(seed.multiRegion())
                .includeGlobalServiceEvents(seed.includeGlobalServiceEvents())
                .enableLogFileValidation(seed.logFileValidation())
                .kmsKeyId(seed.kmsKeyId().orElse(null))
                .cloudWatchLogsLogGroupArn(seed.cloudWatchLogsLogGroupArn().orElse(null))
                .cloudWatchLogsRoleArn(seed.cloudWatchLogsRoleArn().orElse(null))
                .isOrganizationTrail(seed.organizationTrail())
                .tagsList(seed.tags().entrySet().stream()
                        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
                        .toList())
                .build();
    }
}
