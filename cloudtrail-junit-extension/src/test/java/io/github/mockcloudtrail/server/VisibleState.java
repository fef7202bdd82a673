package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Everything a caller can read about its trails, as one comparable text: each trail's settings, status, tags,
 * event selectors and Insights selectors, read in-process from the engine (microseconds, so it can be taken
 * after each of thousands of requests). Taken before and after hostile requests, it shows they changed nothing.
 *
 * <pre>{@code
 * String before = VisibleState.of(engine, caller);
 * // ... hostile requests ...
 * assertThat(VisibleState.of(engine, caller)).isEqualTo(before);
 * }</pre>
 */
final class VisibleState {
    private VisibleState() {
    }

    /** Reads the state without recording the reads in the event history, which would make it differ. */
    static String of(CloudTrailEngine engine, Caller caller) {
        boolean recording = engine.history().isRecording();
        engine.history().setRecording(false);
        try {
            return read(engine, caller);
        } finally {
            engine.history().setRecording(recording);
        }
    }

    private static String read(CloudTrailEngine engine, Caller caller) {
        List<String> state = new ArrayList<>();
        DescribeTrailsResponse described = (DescribeTrailsResponse) engine.execute(Operation.DESCRIBE_TRAILS, caller,
                DescribeTrailsRequest.builder().includeShadowTrails(true).build());
        state.add(json(described));
        for (Trail trail : described.trailList()) {
            String arn = trail.trailARN();
            state.add(json(engine.execute(Operation.GET_TRAIL_STATUS, caller,
                    GetTrailStatusRequest.builder().name(arn).build())));
            state.add(json(engine.execute(Operation.LIST_TAGS, caller,
                    ListTagsRequest.builder().resourceIdList(arn).build())));
            state.add(json(engine.execute(Operation.GET_EVENT_SELECTORS, caller,
                    GetEventSelectorsRequest.builder().trailName(arn).build())));
            state.add(insights(engine, caller, arn));
        }
        return String.join("\n", state);
    }

    private static String insights(CloudTrailEngine engine, Caller caller, String arn) {
        try {
            return json(engine.execute(Operation.GET_INSIGHT_SELECTORS, caller,
                    GetInsightSelectorsRequest.builder().trailName(arn).build()));
        } catch (CloudTrailApiException e) {
            if (e.errorCode() != ErrorCode.INSIGHT_NOT_ENABLED) {
                throw e;
            }
            return "no Insights on " + arn;
        }
    }

    /** The SDK's rendering names every member and its value: cheaper than JSON, and as complete. */
    private static String json(SdkResponse response) {
        return response.toString();
    }
}
