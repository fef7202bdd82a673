package io.github.mockcloudtrail.engine;

import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailResponse;

/** Renders a trail's state as the SDK shapes CloudTrail answers with; unset settings stay absent. */
final class TrailRenderer {
    private TrailRenderer() {
    }

    @SuppressWarnings("deprecation") // SnsTopicName is deprecated in the model, yet CloudTrail still returns it.
    static Trail trail(TrailState trail) {
        return Trail.builder()
                .name(trail.name())
                .s3BucketName(trail.s3BucketName)
                .s3KeyPrefix(trail.s3KeyPrefix)
                .snsTopicName(trail.snsTopicName)
                .snsTopicARN(trail.snsTopicArn)
                .includeGlobalServiceEvents(trail.includeGlobalServiceEvents)
                .isMultiRegionTrail(trail.multiRegion)
                .homeRegion(trail.homeRegion())
                .trailARN(trail.arn.toString())
                .logFileValidationEnabled(trail.logFileValidation)
                .cloudWatchLogsLogGroupArn(trail.cloudWatchLogsLogGroupArn)
                .cloudWatchLogsRoleArn(trail.cloudWatchLogsRoleArn)
                .kmsKeyId(trail.kmsKeyArn)
                .hasCustomEventSelectors(trail.eventSelectors.custom())
                .hasInsightSelectors(!trail.insightSelectors.isEmpty())
                .isOrganizationTrail(trail.organizationTrail)
                .build();
    }

    /** The {@code CreateTrail} answer: the trail's members that the response shape has. */
    static CreateTrailResponse created(TrailState trail) {
        return SdkShapes.copyMembers(trail(trail), CreateTrailResponse.builder()).build();
    }

    /** The {@code UpdateTrail} answer: the trail's members that the response shape has. */
    static UpdateTrailResponse updated(TrailState trail) {
        return SdkShapes.copyMembers(trail(trail), UpdateTrailResponse.builder()).build();
    }
}
