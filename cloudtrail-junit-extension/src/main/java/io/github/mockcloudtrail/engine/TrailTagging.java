package io.github.mockcloudtrail.engine;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.model.AddTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.AddTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.RemoveTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.RemoveTagsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * {@code AddTags}, {@code RemoveTags} and {@code ListTags}.
 *
 * <p>Tagging calls name trails by ARN and see the trails visible in the caller's Region. Tags of a
 * multi-Region trail change only from its home Region; from elsewhere that is an
 * {@code OperationNotPermittedException}, the closest code CloudTrail documents for these calls.
 */
final class TrailTagging {
    static final int MAX_RESOURCE_IDS = 20;

    private final TrailLocator locator;
    private final TrailScope scope;

    TrailTagging(TrailLocator locator, TrailScope scope) {
        this.locator = locator;
        this.scope = scope;
    }

    AddTagsResponse add(Caller caller, AddTagsRequest request) {
        TrailState trail = changeable(caller, Required.member(request.resourceId(), "ResourceId"));
        Map<String, String> tags = TagRules.validated(request.tagsList(), "TagsList");
        long merged = trail.tags.size() + tags.keySet().stream().filter(key -> !trail.tags.containsKey(key)).count();
        TagRules.requireWithinLimit((int) merged, trail.name());
        trail.tags.putAll(tags);
        return AddTagsResponse.builder().build();
    }

    RemoveTagsResponse remove(Caller caller, RemoveTagsRequest request) {
        TrailState trail = changeable(caller, Required.member(request.resourceId(), "ResourceId"));
        TagRules.validated(request.tagsList(), "TagsList").keySet().forEach(trail.tags::remove);
        return RemoveTagsResponse.builder().build();
    }

    ListTagsResponse list(Caller caller, ListTagsRequest request) {
        Required.members(request, "ResourceIdList");
        List<String> resourceIds = request.resourceIdList();
        if (resourceIds.size() > MAX_RESOURCE_IDS) {
            throw Required.validationError(List.of("Value with " + resourceIds.size() + " elements at 'resourceIdList'"
                    + " failed to satisfy constraint: Member must have length less than or equal to " + MAX_RESOURCE_IDS));
        }
        List<ResourceTag> resourceTags = resourceIds.stream()
                .map(resourceId -> ResourceTag.builder()
                        .resourceId(resourceId)
                        .tagsList(visible(caller, resourceId).tags.entrySet().stream()
                                .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
                                .toList())
                        .build())
                .toList();
        return ListTagsResponse.builder().resourceTagList(resourceTags).build();
    }

    private TrailState changeable(Caller caller, String resourceId) {
        TrailState trail = visible(caller, resourceId);
        ChangeGuard.requireChangeable(trail, caller, ErrorCode.OPERATION_NOT_PERMITTED);
        return trail;
    }

    private TrailState visible(Caller caller, String resourceId) {
        TrailArn arn = TrailArn.parseResourceId(resourceId);
        return locator.findByArn(arn, caller.accountId())
                .filter(trail -> scope.visibleIn(trail, caller.accountId(), caller.region()))
                .orElseThrow(() -> new CloudTrailApiException(ErrorCode.RESOURCE_NOT_FOUND, "Resource not found: "
                        + resourceId + " is not a trail of account " + caller.accountId() + " visible in "
                        + caller.region() + "."));
    }
}
