package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.engine.TrailLocator.NameScope;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailResponse;

/** {@code CreateTrail}, {@code UpdateTrail} and {@code DeleteTrail}. */
final class TrailLifecycle {
    private final TrailRegistry registry;
    private final TrailLocator locator;
    private final TrailPlacement placement;
    private final OrganizationRule organizations;

    TrailLifecycle(TrailRegistry registry, TrailLocator locator, TrailPlacement placement, OrganizationRule organizations) {
        this.registry = registry;
        this.locator = locator;
        this.placement = placement;
        this.organizations = organizations;
    }

    CreateTrailResponse create(Caller caller, CreateTrailRequest request) {
        Required.members(request, "Name", "S3BucketName");
        Map<String, String> tags = TagRules.validated(request.tagsList(), "TagsList");
        String name = TrailNameRule.requireValid(request.name());
        TrailArn arn = TrailArn.of(caller.partition(), caller.region(), caller.accountId(), name);
        TrailSettings settings = new TrailSettings();
        settings.s3BucketName = request.s3BucketName();
        settings.s3KeyPrefix = TrailSettings.optional(request.s3KeyPrefix(), null);
        settings.snsTopicName = TrailSettings.optional(request.snsTopicName(), null);
        settings.includeGlobalServiceEvents = TrailSettings.flag(request.includeGlobalServiceEvents(), true);
        settings.multiRegion = TrailSettings.flag(request.isMultiRegionTrail(), false);
        settings.logFileValidation = TrailSettings.flag(request.enableLogFileValidation(), false);
        settings.cloudWatchLogsLogGroupArn = TrailSettings.optional(request.cloudWatchLogsLogGroupArn(), null);
        settings.cloudWatchLogsRoleArn = TrailSettings.optional(request.cloudWatchLogsRoleArn(), null);
        settings.kmsKeyId = TrailSettings.optional(request.kmsKeyId(), null);
        settings.organizationTrail = TrailSettings.flag(request.isOrganizationTrail(), false);
        TrailSettings.Validated validated = settings.validate(arn, organizations);
        TagRules.requireWithinLimit(tags.size(), name);
        placement.requirePlaceable(arn, settings.multiRegion, null);

        TrailState trail = new TrailState(arn);
        validated.applyTo(trail);
        trail.tags.putAll(tags);
        registry.add(trail);
        return TrailRenderer.created(trail);
    }

    UpdateTrailResponse update(Caller caller, UpdateTrailRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        TrailSettings settings = TrailSettings.of(trail);
        if (request.s3BucketName() != null) {
            settings.s3BucketName = request.s3BucketName();
        }
        settings.s3KeyPrefix = TrailSettings.optional(request.s3KeyPrefix(), settings.s3KeyPrefix);
        settings.snsTopicName = TrailSettings.optional(request.snsTopicName(), settings.snsTopicName);
        settings.includeGlobalServiceEvents =
                TrailSettings.flag(request.includeGlobalServiceEvents(), settings.includeGlobalServiceEvents);
        settings.multiRegion = TrailSettings.flag(request.isMultiRegionTrail(), settings.multiRegion);
        settings.logFileValidation = TrailSettings.flag(request.enableLogFileValidation(), settings.logFileValidation);
        settings.cloudWatchLogsLogGroupArn =
                TrailSettings.optional(request.cloudWatchLogsLogGroupArn(), settings.cloudWatchLogsLogGroupArn);
        settings.cloudWatchLogsRoleArn =
                TrailSettings.optional(request.cloudWatchLogsRoleArn(), settings.cloudWatchLogsRoleArn);
        settings.kmsKeyId = TrailSettings.optional(request.kmsKeyId(), settings.kmsKeyId);
        settings.organizationTrail = TrailSettings.flag(request.isOrganizationTrail(), settings.organizationTrail);
        TrailSettings.Validated validated = settings.validate(trail.arn, organizations);
        if (settings.multiRegion && !trail.multiRegion) {
            placement.requirePlaceable(trail.arn, true, trail);
        }
        validated.applyTo(trail);
        return TrailRenderer.updated(trail);
    }

    DeleteTrailResponse delete(Caller caller, DeleteTrailRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        registry.remove(trail);
        return DeleteTrailResponse.builder().build();
    }
}
