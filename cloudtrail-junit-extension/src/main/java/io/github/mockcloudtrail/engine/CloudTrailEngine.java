package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.history.CallRecorder;
import io.github.mockcloudtrail.engine.history.EventHistory;
import io.github.mockcloudtrail.engine.history.EventLookup;
import io.github.mockcloudtrail.engine.keys.PublicKeyListing;
import io.github.mockcloudtrail.engine.keys.PublicKeyRing;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
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
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.PutInsightSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.RemoveTagsRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.UpdateTrailRequest;

/**
 * An in-memory CloudTrail: every account, Region and trail of one mock, and the operations on them.
 *
 * <p>The engine speaks SDK model types and knows nothing of HTTP or JUnit, so it can also be used
 * in-process. It is thread-safe: read-only operations share a read lock, the others take the write
 * lock, so every call sees and leaves a consistent state.
 *
 * <pre>{@code
 * CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.defaults());
 * Caller caller = engine.callerFor("123456789012", "us-east-1");
 * engine.execute(Operation.CREATE_TRAIL, caller,
 *         CreateTrailRequest.builder().name("audit").s3BucketName("audit-logs").build());
 * }</pre>
 */
public final class CloudTrailEngine {
    private final EngineOptions options;
    private final TrailRegistry trails = new TrailRegistry();
    private final Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final EventHistory history;
    private final CallRecorder recorder;
    private final PublicKeyRing keys;

    /**
     * An engine with no trails and no events.
     *
     * @param options the account, organization, clock and history settings
     */
    public CloudTrailEngine(EngineOptions options) {
        this.options = options;
        TrailScope scope = new TrailScope(options.organization());
        TrailLocator locator = new TrailLocator(trails, scope);
        OrganizationRule organizations = new OrganizationRule(options.organization());
        TrailLifecycle lifecycle = new TrailLifecycle(trails, locator, new TrailPlacement(trails, scope), organizations);
        TrailQueries queries = new TrailQueries(trails, scope, locator);
        TrailLogging logging = new TrailLogging(locator, options.clock());
        TrailTagging tagging = new TrailTagging(locator, scope);
        TrailSelectors selectors = new TrailSelectors(locator);
        TrailInsights insights = new TrailInsights(locator);

        register(Operation.CREATE_TRAIL, CreateTrailRequest.class, lifecycle::create);
        register(Operation.UPDATE_TRAIL, UpdateTrailRequest.class, lifecycle::update);
        register(Operation.DELETE_TRAIL, DeleteTrailRequest.class, lifecycle::delete);
        register(Operation.GET_TRAIL, GetTrailRequest.class, queries::get);
        register(Operation.DESCRIBE_TRAILS, DescribeTrailsRequest.class, queries::describe);
        register(Operation.LIST_TRAILS, ListTrailsRequest.class, queries::list);
        register(Operation.START_LOGGING, StartLoggingRequest.class, logging::start);
        register(Operation.STOP_LOGGING, StopLoggingRequest.class, logging::stop);
        register(Operation.GET_TRAIL_STATUS, GetTrailStatusRequest.class, logging::status);
        register(Operation.ADD_TAGS, AddTagsRequest.class, tagging::add);
        register(Operation.REMOVE_TAGS, RemoveTagsRequest.class, tagging::remove);
        register(Operation.LIST_TAGS, ListTagsRequest.class, tagging::list);
        register(Operation.PUT_EVENT_SELECTORS, PutEventSelectorsRequest.class, selectors::put);
        register(Operation.GET_EVENT_SELECTORS, GetEventSelectorsRequest.class, selectors::get);
        register(Operation.PUT_INSIGHT_SELECTORS, PutInsightSelectorsRequest.class, insights::put);
        register(Operation.GET_INSIGHT_SELECTORS, GetInsightSelectorsRequest.class, insights::get);

        history = new EventHistory(options);
        recorder = new CallRecorder(history, options.clock());
        keys = new PublicKeyRing(options.clock());
        register(Operation.LOOKUP_EVENTS, LookupEventsRequest.class,
                new EventLookup(history, options.clock())::lookup);
        register(Operation.LIST_PUBLIC_KEYS, ListPublicKeysRequest.class,
                new PublicKeyListing(keys, options.clock())::list);
    }

    private <Q extends SdkRequest> void register(Operation operation, Class<Q> requestType,
            BiFunction<Caller, Q, ? extends SdkResponse> handler) {
        handlers.put(operation, (caller, request) -> handler.apply(caller, requestType.cast(request)));
    }

    /** {@return the options the engine was built with} */
    public EngineOptions options() {
        return options;
    }

    /** {@return the event history: recorded calls and seeded events, which {@code LookupEvents} reads} */
    public EventHistory history() {
        return history;
    }

    /** {@return the digest-signing key pairs, whose public halves {@code ListPublicKeys} returns} */
    public PublicKeyRing keys() {
        return keys;
    }

    /**
     * The caller for a request signed with this access key in this Region: a 12-digit access key
     * selects that account, any other key the default account.
     *
     * @param accessKeyId the access key from the SigV4 credential scope
     * @param region the Region from the SigV4 credential scope
     * @return the caller
     */
    public Caller callerFor(String accessKeyId, String region) {
        String account = AccountIds.isValid(accessKeyId) ? accessKeyId : options.defaultAccountId();
        return new Caller(account, region, accessKeyId);
    }

    /**
     * Executes an operation.
     *
     * @param operation the operation
     * @param caller who calls, from where
     * @param request the operation's SDK request, such as a {@code CreateTrailRequest}
     * @return the operation's SDK response
     * @throws CloudTrailApiException with the code CloudTrail answers for a rejected request
     */
    public SdkResponse execute(Operation operation, Caller caller, SdkRequest request) {
        return execute(operation, caller, request, RequestContext.inProcess());
    }

    /**
     * Executes an operation and records it in the event history (when recording is on), successful or
     * not, with what the transport knows about the request.
     *
     * @param operation the operation
     * @param caller who calls, from where
     * @param request the operation's SDK request
     * @param context the client's address, user agent and request ID
     * @return the operation's SDK response
     * @throws CloudTrailApiException with the code CloudTrail answers for a rejected request
     */
    public SdkResponse execute(Operation operation, Caller caller, SdkRequest request, RequestContext context) {
        SdkResponse response;
        try {
            response = executeUnrecorded(operation, caller, request);
        } catch (CloudTrailApiException e) {
            recorder.record(operation, caller, context, request, null, e);
            throw e;
        }
        recorder.record(operation, caller, context, request, response, null);
        return response;
    }

    private SdkResponse executeUnrecorded(Operation operation, Caller caller, SdkRequest request) {
        OperationHandler handler = handlers.get(operation);
        if (handler == null) {
            throw new CloudTrailApiException(ErrorCode.UNSUPPORTED_OPERATION,
                    "mock-cloudtrail does not implement " + operation.wireName() + " yet.");
        }
        Lock held = operation.readOnly() ? lock.readLock() : lock.writeLock();
        held.lock();
        try {
            return handler.handle(caller, request);
        } finally {
            held.unlock();
        }
    }

    /**
     * Creates a trail from a seed, as {@code CreateTrail} (with its tags) followed by {@code StartLogging}
     * when the seed is logging, called by the seed's account in the seed's Region.
     *
     * @param seed the trail
     * @param defaultRegion the Region for a seed that does not name one
     * @throws CloudTrailApiException if CloudTrail would reject the trail, or ({@code ValidationException})
     *     if the seed's account or Region is malformed
     */
    public void seedTrail(TrailSeed seed, String defaultRegion) {
        seedTrail(seed, defaultRegion, options.defaultAccountId());
    }

    /**
     * Like {@link #seedTrail(TrailSeed, String)}, for a seed that does not name its account acting as
     * {@code defaultAccount}.
     *
     * @param seed the trail
     * @param defaultRegion the Region for a seed that does not name one
     * @param defaultAccount the account for a seed that does not name one
     */
    public void seedTrail(TrailSeed seed, String defaultRegion, String defaultAccount) {
        String account = seed.accountId().orElse(defaultAccount);
        String region = seed.region().orElse(defaultRegion);
        if (!AccountIds.isValid(account)) {
            throw new CloudTrailApiException(ErrorCode.VALIDATION,
                    "accountId '" + account + "' is not an account ID: it must be 12 digits.");
        }
        if (!RegionNames.isValid(region)) {
            throw new CloudTrailApiException(ErrorCode.VALIDATION,
                    "region '" + region + "' is not a Region name such as us-east-1.");
        }
        Caller caller = new Caller(account, region, account);
        lock.writeLock().lock();
        try {
            TrailSeeder.seed(seed, caller, this::executeLocked);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private SdkResponse executeLocked(Operation operation, Caller caller, SdkRequest request) {
        return handlers.get(operation).handle(caller, request);
    }

    /** Deletes every trail, tag and status, every event and every public key. */
    public void reset() {
        lock.writeLock().lock();
        try {
            trails.clear();
            history.clear();
            keys.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * A copy of the current state, to {@link #restore} later: trails deep-copied, the event history and
     * public keys shared (they are immutable, so this costs the same for a million events as for none),
     * and the setting of a {@link MockClock}.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        lock.readLock().lock();
        try {
            return new Snapshot(trails.copy(), history.snapshot(), keys.snapshot(),
                    options.clock() instanceof MockClock clock ? clock.state() : null);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Puts the state back to what it was when the snapshot was taken; the snapshot stays reusable.
     *
     * @param snapshot a snapshot of this engine
     */
    public void restore(Snapshot snapshot) {
        lock.writeLock().lock();
        try {
            trails.replaceWith(snapshot.trails);
            history.restore(snapshot.history);
            keys.restore(snapshot.keys);
            if (snapshot.clock != null && options.clock() instanceof MockClock clock) {
                clock.restore(snapshot.clock);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * An immutable copy of an engine's state.
     *
     * <pre>{@code
     * CloudTrailEngine.Snapshot baseline = engine.snapshot();
     * // ... a test changes trails ...
     * engine.restore(baseline);
     * }</pre>
     */
    public static final class Snapshot {
        private final TrailRegistry trails;
        private final EventHistory.Snapshot history;
        private final PublicKeyRing.Snapshot keys;
        private final MockClock.State clock;

        private Snapshot(TrailRegistry trails, EventHistory.Snapshot history, PublicKeyRing.Snapshot keys,
                MockClock.State clock) {
            this.trails = trails;
            this.history = history;
            this.keys = keys;
            this.clock = clock;
        }
    }
}
