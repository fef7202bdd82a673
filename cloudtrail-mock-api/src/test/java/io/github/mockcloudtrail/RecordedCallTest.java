package io.github.mockcloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cloudtrail.model.AddTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.RemoveTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailRequest;

/** What a journal entry tells about the trails its request names, for every operation. */
class RecordedCallTest {
    private static final String ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";

    @Test
    void namesTheTrailOfTheMemberEachOperationHas() {
        Map<Operation, SdkRequest> requests = new EnumMap<>(Operation.class);
        requests.put(Operation.ADD_TAGS, AddTagsRequest.builder().resourceId(ARN).build());
        requests.put(Operation.CREATE_TRAIL, CreateTrailRequest.builder().name("org-audit").s3BucketName("logs").build());
        requests.put(Operation.DELETE_TRAIL, DeleteTrailRequest.builder().name("org-audit").build());
        requests.put(Operation.DESCRIBE_TRAILS, DescribeTrailsRequest.builder().trailNameList("org-audit", ARN).build());
        requests.put(Operation.GET_EVENT_SELECTORS, GetEventSelectorsRequest.builder().trailName("org-audit").build());
        requests.put(Operation.GET_INSIGHT_SELECTORS, GetInsightSelectorsRequest.builder().trailName(ARN).build());
        requests.put(Operation.GET_TRAIL, GetTrailRequest.builder().name(ARN).build());
        requests.put(Operation.GET_TRAIL_STATUS, GetTrailStatusRequest.builder().name("org-audit").build());
        requests.put(Operation.LIST_PUBLIC_KEYS, ListPublicKeysRequest.builder().build());
        requests.put(Operation.LIST_TAGS, ListTagsRequest.builder().resourceIdList(ARN).build());
        requests.put(Operation.LIST_TRAILS, ListTrailsRequest.builder().build());
        requests.put(Operation.LOOKUP_EVENTS, LookupEventsRequest.builder().build());
        requests.put(Operation.PUT_EVENT_SELECTORS, PutEventSelectorsRequest.builder().trailName("org-audit").build());
        requests.put(Operation.PUT_INSIGHT_SELECTORS, PutInsightSelectorsRequest.builder().trailName("org-audit").build());
        requests.put(Operation.REMOVE_TAGS, RemoveTagsRequest.builder().resourceId(ARN).build());
        requests.put(Operation.START_LOGGING, StartLoggingRequest.builder().name("org-audit").build());
        requests.put(Operation.STOP_LOGGING, StopLoggingRequest.builder().name(ARN).build());
        requests.put(Operation.UPDATE_TRAIL, UpdateTrailRequest.builder().name(ARN).isMultiRegionTrail(true).build());
        assertThat(requests).as("a request for every operation").containsOnlyKeys(Operation.values());

        Map<Operation, List<String>> named = new EnumMap<>(Operation.class);
        requests.forEach((operation, request) -> named.put(operation, call(operation, request).trailNames()));

        assertThat(named)
                .containsEntry(Operation.ADD_TAGS, List.of(ARN))
                .containsEntry(Operation.CREATE_TRAIL, List.of("org-audit"))
                .containsEntry(Operation.DELETE_TRAIL, List.of("org-audit"))
                .containsEntry(Operation.DESCRIBE_TRAILS, List.of("org-audit", ARN))
                .containsEntry(Operation.GET_EVENT_SELECTORS, List.of("org-audit"))
                .containsEntry(Operation.GET_INSIGHT_SELECTORS, List.of(ARN))
                .containsEntry(Operation.GET_TRAIL, List.of(ARN))
                .containsEntry(Operation.GET_TRAIL_STATUS, List.of("org-audit"))
                .containsEntry(Operation.LIST_PUBLIC_KEYS, List.of())
                .containsEntry(Operation.LIST_TAGS, List.of(ARN))
                .containsEntry(Operation.LIST_TRAILS, List.of())
                .containsEntry(Operation.LOOKUP_EVENTS, List.of())
                .containsEntry(Operation.PUT_EVENT_SELECTORS, List.of("org-audit"))
                .containsEntry(Operation.PUT_INSIGHT_SELECTORS, List.of("org-audit"))
                .containsEntry(Operation.REMOVE_TAGS, List.of(ARN))
                .containsEntry(Operation.START_LOGGING, List.of("org-audit"))
                .containsEntry(Operation.STOP_LOGGING, List.of(ARN))
                .containsEntry(Operation.UPDATE_TRAIL, List.of(ARN));
    }

    @Test
    void namesNoTrailWhenTheRequestLeavesItOutOrTheBodyWasNotDecoded() {
        assertThat(call(Operation.DESCRIBE_TRAILS, DescribeTrailsRequest.builder().build()).trailNames()).isEmpty();
        assertThat(call(Operation.GET_TRAIL, GetTrailRequest.builder().build()).trailNames()).isEmpty();
        assertThat(call(Operation.GET_TRAIL, null).trailNames()).isEmpty();
    }

    private static RecordedCall call(Operation operation, SdkRequest request) {
        return new RecordedCall(1, operation.wireName(), "{}", request, 200, null, "ASIAMOCK000000000001",
                "123456789012", "us-east-1", Instant.parse("2024-03-01T12:00:00Z"), null);
    }
}
