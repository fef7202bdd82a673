package io.github.mockcloudtrail.engine.history;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.RandomIds;
import io.github.mockcloudtrail.engine.RequestContext;
import io.github.mockcloudtrail.engine.TrailArn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Records the mock's own API calls in its event history, as CloudTrail records calls to itself:
 * management events from {@code cloudtrail.amazonaws.com} by the IAM user {@code mock-user} with the
 * caller's access key, the trails they name as resources, response elements for successful writes, and
 * {@code errorCode}/{@code errorMessage} for failed calls.
 *
 * <p>A call is recorded as its parts; its JSON record is written the first time a lookup returns it, so that
 * recording costs a call little more than an allocation.
 *
 * <pre>{@code
 * CallRecorder recorder = new CallRecorder(history, clock);
 * recorder.record(Operation.STOP_LOGGING, caller, context, request, response, null);
 * }</pre>
 */
public final class CallRecorder {
    static final String EVENT_SOURCE = "cloudtrail.amazonaws.com";
    static final String TRAIL_TYPE = "AWS::CloudTrail::Trail";
    /** Request members that name trails, by their wire names. */
    private static final List<String> TRAIL_MEMBERS = List.of("Name", "TrailName", "ResourceId", "ResourceIdList",
            "trailNameList");
    /** The response member that names a created trail. */
    private static final List<String> TRAIL_ARN_MEMBER = List.of("TrailARN");

    /**
     * Per shape class, its members named in {@link #TRAIL_MEMBERS} (requests) or {@code TrailARN} (responses), in
     * model order: looked up once per class rather than by walking every member of every call.
     */
    private final Map<Class<?>, List<SdkField<?>>> trailFields = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<SdkField<?>>> trailArnFields = new ConcurrentHashMap<>();

    private final EventHistory history;
    private final Clock clock;
    /** Shared by the threads that record; one that reads another's value still checks it is its caller's. */
    private volatile LastTrail lastTrail;

    /**
     * A recorder that files events in a history, timed by a clock.
     *
     * @param history where the events go
     * @param clock the time of each event
     */
    public CallRecorder(EventHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /**
     * Records one call.
     *
     * @param operation the operation called
     * @param caller who called, from where
     * @param context the client's address, user agent and request ID
     * @param request the decoded request
     * @param response the response of a successful call, or null
     * @param error the error of a failed call, or null
     */
    public void record(Operation operation, Caller caller, RequestContext context, SdkRequest request,
            SdkResponse response, CloudTrailApiException error) {
        if (!history.isRecording()) {
            return;
        }
        history.record(new RecordWriter.ApiCall(caller.partition(), caller.accountId(), caller.region(),
                caller.accessKeyId(), EventSeed.DEFAULT_USERNAME, clock.instant(), EVENT_SOURCE, operation.wireName(),
                operation.readOnly(), context.sourceIpAddress(), context.userAgent(), context.requestId(),
                RandomIds.uuid(), error == null ? null : error.errorCode().code(),
                error == null ? null : error.getMessage(), request,
                response == null || operation.readOnly() ? null : response, trails(caller, request, response)));
    }

    /** The trails a request names, as ARNs: a name is resolved in the caller's account and Region. */
    private ResourceRef[] trails(Caller caller, SdkRequest request, SdkResponse response) {
        String created = response == null ? null : createdTrailArn(response);
        if (created != null) {
            return new ResourceRef[] {new ResourceRef(TRAIL_TYPE, created)};
        }
        List<ResourceRef> trails = new ArrayList<>(1);
        for (SdkField<?> field : fieldsNamed(trailFields, request, TRAIL_MEMBERS)) {
            Object value = field.getValueOrDefault(request);
            if (value instanceof Collection<?> names) {
                for (Object name : names) {
                    trails.add(new ResourceRef(TRAIL_TYPE, arn(caller, name.toString())));
                }
            } else if (value != null) {
                trails.add(new ResourceRef(TRAIL_TYPE, arn(caller, value.toString())));
            }
        }
        return trails.toArray(ResourceRef.NONE);
    }

    /**
     * The ARN of a trail name in the caller's account and Region. The last one is kept with its prefix
     * ({@code arn:aws:cloudtrail:us-east-1:123456789012:trail/}, the costly part): a test's calls come from one
     * caller at a time, mostly naming one trail, and its events then share one ARN string.
     */
    private String arn(Caller caller, String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            return nameOrArn;
        }
        LastTrail last = lastTrail;
        String prefix;
        if (last != null && last.accountId().equals(caller.accountId()) && last.region().equals(caller.region())) {
            if (last.name().equals(nameOrArn)) {
                return last.arn();
            }
            prefix = last.prefix();
        } else {
            prefix = TrailArn.of(caller.partition(), caller.region(), caller.accountId(), "").toString();
        }
        String arn = prefix.concat(nameOrArn);
        lastTrail = new LastTrail(caller.accountId(), caller.region(), prefix, nameOrArn, arn);
        return arn;
    }

    private record LastTrail(String accountId, String region, String prefix, String name, String arn) {
    }

    /** The {@code TrailARN} a response names (CreateTrail's), or null. */
    private String createdTrailArn(SdkPojo shape) {
        for (SdkField<?> field : fieldsNamed(trailArnFields, shape, TRAIL_ARN_MEMBER)) {
            if (field.getValueOrDefault(shape) instanceof String value) {
                return value;
            }
        }
        return null;
    }

    /**
     * The shape's members whose wire names are among {@code names}, from the cache for its class; looked up before
     * computing, as the computing lambda costs an object.
     */
    private static List<SdkField<?>> fieldsNamed(Map<Class<?>, List<SdkField<?>>> cache, SdkPojo shape,
            List<String> names) {
        List<SdkField<?>> known = cache.get(shape.getClass());
        return known != null ? known : cache.computeIfAbsent(shape.getClass(), type -> shape.sdkFields().stream()
                .filter(field -> names.contains(field.locationName()))
                .toList());
    }
}
