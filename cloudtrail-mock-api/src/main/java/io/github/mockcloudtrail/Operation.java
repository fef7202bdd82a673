package io.github.mockcloudtrail;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
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

/**
 * The CloudTrail API operations that mock-cloudtrail serves, named as on the wire.
 *
 * <p>Each constant knows its wire name (the last part of the {@code X-Amz-Target} header), whether
 * CloudTrail records it as a read-only event, and how to create an empty SDK request builder for it,
 * which is all the server needs to decode a request body.
 *
 * <pre>{@code
 * Operation op = Operation.fromWireName("StartLogging").orElseThrow();
 * assert op == Operation.START_LOGGING && !op.readOnly();
 * }</pre>
 */
public enum Operation {
    /** Adds tags to a trail, or changes their values. */
    ADD_TAGS("AddTags", false, AddTagsRequest::builder),
    /** Creates a trail in the caller's Region. */
    CREATE_TRAIL("CreateTrail", false, CreateTrailRequest::builder),
    /** Deletes a trail, from its home Region only. */
    DELETE_TRAIL("DeleteTrail", false, DeleteTrailRequest::builder),
    /** Describes trails visible in the caller's Region, shadow trails included by default. */
    DESCRIBE_TRAILS("DescribeTrails", true, DescribeTrailsRequest::builder),
    /** Reads a trail's basic or advanced event selectors. */
    GET_EVENT_SELECTORS("GetEventSelectors", true, GetEventSelectorsRequest::builder),
    /** Reads a trail's Insights selectors. */
    GET_INSIGHT_SELECTORS("GetInsightSelectors", true, GetInsightSelectorsRequest::builder),
    /** Describes one trail. */
    GET_TRAIL("GetTrail", true, GetTrailRequest::builder),
    /** Reports a trail's logging status and delivery times. */
    GET_TRAIL_STATUS("GetTrailStatus", true, GetTrailStatusRequest::builder),
    /** Lists the public keys of log file digests for a time range. */
    LIST_PUBLIC_KEYS("ListPublicKeys", true, ListPublicKeysRequest::builder),
    /** Lists the tags of trails. */
    LIST_TAGS("ListTags", true, ListTagsRequest::builder),
    /** Lists the trails in every Region, paged. */
    LIST_TRAILS("ListTrails", true, ListTrailsRequest::builder),
    /** Searches the management or Insights events of the last 90 days. */
    LOOKUP_EVENTS("LookupEvents", true, LookupEventsRequest::builder),
    /** Sets a trail's basic or advanced event selectors. */
    PUT_EVENT_SELECTORS("PutEventSelectors", false, PutEventSelectorsRequest::builder),
    /** Sets or clears a trail's Insights selectors. */
    PUT_INSIGHT_SELECTORS("PutInsightSelectors", false, PutInsightSelectorsRequest::builder),
    /** Removes tags from a trail. */
    REMOVE_TAGS("RemoveTags", false, RemoveTagsRequest::builder),
    /** Starts logging on a trail. */
    START_LOGGING("StartLogging", false, StartLoggingRequest::builder),
    /** Stops logging on a trail. */
    STOP_LOGGING("StopLogging", false, StopLoggingRequest::builder),
    /** Changes a trail's settings. */
    UPDATE_TRAIL("UpdateTrail", false, UpdateTrailRequest::builder);

    /** The {@code X-Amz-Target} prefix of every CloudTrail operation. */
    public static final String TARGET_PREFIX = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";

    private static final Map<String, Operation> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operation::wireName, Function.identity()));

    private final String wireName;
    private final boolean readOnly;
    private final Supplier<? extends SdkPojo> requestBuilder;

    Operation(String wireName, boolean readOnly, Supplier<? extends SdkPojo> requestBuilder) {
        this.wireName = wireName;
        this.readOnly = readOnly;
        this.requestBuilder = requestBuilder;
    }

    /** {@return the operation name as it appears in {@code X-Amz-Target} and in CloudTrail's {@code eventName}} */
    public String wireName() {
        return wireName;
    }

    /** {@return whether CloudTrail records this operation with {@code readOnly: true}} */
    public boolean readOnly() {
        return readOnly;
    }

    /** {@return a new, empty builder of this operation's SDK request type; it is also an {@link SdkPojo}} */
    public SdkPojo newRequestBuilder() {
        return requestBuilder.get();
    }

    /**
     * The operation with the given wire name, such as {@code "CreateTrail"}.
     *
     * @param wireName such as {@code "CreateTrail"}
     * @return the operation, or empty for a name CloudTrail does not have
     */
    public static Optional<Operation> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }
}
