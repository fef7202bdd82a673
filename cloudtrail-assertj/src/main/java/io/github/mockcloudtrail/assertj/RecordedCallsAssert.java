package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveReceivedCalls.shouldHaveReceived;

import io.github.mockcloudtrail.CallCount;
import io.github.mockcloudtrail.RecordedCall;
import io.github.mockcloudtrail.RecordedCalls;
import java.util.List;
import java.util.function.Predicate;

/**
 * Assertions on the calls a mock received, as its call journal ({@code CloudTrailMock.calls()}) keeps them:
 * how many of them count, narrowed by trail, access key, Region and outcome. Reach them with
 * {@link CloudTrailMockAssert#received(io.github.mockcloudtrail.Operation) assertThat(mock).received(operation)},
 * and go back with {@link #returnToMock()}; the filters lead to new assertions, soft when these are.
 *
 * <pre><code class='java'> assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("org-audit").succeeded().once()
 *     .returnToMock()
 *     .received(Operation.DELETE_TRAIL).never();</code></pre>
 *
 * <p>The counts read the journal when they run. A journal that dropped calls (it keeps {@code journalLimit}
 * calls, the newest) cannot prove an upper bound, so {@link #once()}, {@link #times(int)}, {@link #never()}
 * and {@link #atMost(int)} then fail and say so, as {@code mock.verify(...)} does; {@link #atLeast(int)} can
 * still pass on the calls kept. A journal that is off ({@code journalLimit = 0}) fails every count.
 */
public class RecordedCallsAssert extends AbstractCloudTrailAssert<RecordedCallsAssert, RecordedCalls> {
    /** Picks the calls that count. */
    Predicate<RecordedCall> counts = call -> true;
    /** Says which calls count, after the word "calls", such as {@code of StopLogging in eu-west-1}. */
    String calls = "";
    /** The assertions these were narrowed from by a filter, or null. */
    private RecordedCallsAssert narrowedFrom;

    /** Assertions on every call the journal holds; narrow them with the filters. */
    public RecordedCallsAssert(RecordedCalls actual) {
        super(actual, RecordedCallsAssert.class);
    }

    /**
     * Verifies that exactly one call counts.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.STOP_LOGGING).once();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the journal is null
     * @throws AssertionError if no call counts, or more than one
     * @throws AssertionError if the journal dropped calls, or is off
     */
    public RecordedCallsAssert once() {
        return count(CallCount.once());
    }

    /**
     * Verifies that exactly this many calls count.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.DESCRIBE_TRAILS).times(2);</code></pre>
     *
     * @param expected the number of calls
     * @return this assertion object
     * @throws AssertionError if the journal is null
     * @throws AssertionError if more or fewer calls count
     * @throws AssertionError if the journal dropped calls, or is off
     */
    public RecordedCallsAssert times(int expected) {
        return count(CallCount.times(expected));
    }

    /**
     * Verifies that no call counts.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.DELETE_TRAIL).never();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the journal is null
     * @throws AssertionError if a call counts
     * @throws AssertionError if the journal dropped calls, or is off
     */
    public RecordedCallsAssert never() {
        return count(CallCount.never());
    }

    /**
     * Verifies that at least this many calls count; calls the journal dropped cannot count.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.GET_TRAIL_STATUS).atLeast(1);</code></pre>
     *
     * @param expected the fewest calls
     * @return this assertion object
     * @throws AssertionError if the journal is null
     * @throws AssertionError if fewer calls count
     * @throws AssertionError if the journal is off
     */
    public RecordedCallsAssert atLeast(int expected) {
        return count(CallCount.atLeast(expected));
    }

    /**
     * Verifies that at most this many calls count.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.LOOKUP_EVENTS).atMost(2);</code></pre>
     *
     * @param expected the most calls
     * @return this assertion object
     * @throws AssertionError if the journal is null
     * @throws AssertionError if more calls count
     * @throws AssertionError if the journal dropped calls, or is off
     */
    public RecordedCallsAssert atMost(int expected) {
        return count(CallCount.atMost(expected));
    }

    /**
     * Leads to the calls whose request names this trail, in the member the operation has ({@code Name},
     * {@code TrailName}, {@code ResourceId}, {@code trailNameList}, {@code ResourceIdList}). A name also
     * matches a trail ARN that ends in it, and an ARN the name it ends in, since clients may pass either.
     *
     * <pre><code class='java'>
     * assertThat(mock).received(Operation.UPDATE_TRAIL).withTrailName("org-audit").once();</code></pre>
     *
     * @param nameOrArn the trail's name or ARN
     * @return assertions on those calls
     * @throws AssertionError if the journal is null
     */
    public RecordedCallsAssert withTrailName(String nameOrArn) {
        return narrowed(call -> call.trailNames().stream().anyMatch(trail -> sameTrail(trail, nameOrArn)),
                "for trail \"" + nameOrArn + "\"");
    }

    /**
     * Leads to the calls signed with this access key, such as the key of a client acting as another account.
     *
     * <pre><code class='java'> String key = mock.credentialsProvider().resolveCredentials().accessKeyId();
     * assertThat(mock).received(Operation.CREATE_TRAIL).withAccessKey(key).once();</code></pre>
     *
     * @param accessKeyId the access key
     * @return assertions on those calls
     * @throws AssertionError if the journal is null
     */
    public RecordedCallsAssert withAccessKey(String accessKeyId) {
        return narrowed(call -> call.accessKeyId().equals(accessKeyId), "with access key " + accessKeyId);
    }

    /**
     * Leads to the calls signed for this Region.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.CREATE_TRAIL).inRegion("eu-west-1").never();</code></pre>
     *
     * @param region the Region, such as {@code eu-west-1}
     * @return assertions on those calls
     * @throws AssertionError if the journal is null
     */
    public RecordedCallsAssert inRegion(String region) {
        return narrowed(call -> call.region().equals(region), "in " + region);
    }

    /**
     * Leads to the calls the mock answered with HTTP 200.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.START_LOGGING).succeeded().once();</code></pre>
     *
     * @return assertions on those calls
     * @throws AssertionError if the journal is null
     */
    public RecordedCallsAssert succeeded() {
        return narrowed(RecordedCall::succeeded, "that succeeded");
    }

    /**
     * Leads to the calls the mock answered with this error code, its own or an injected one.
     *
     * <pre><code class='java'>
     * assertThat(mock).received(Operation.DELETE_TRAIL).failedWith("TrailNotFoundException").once();</code></pre>
     *
     * @param errorCode the error code, such as {@code TrailNotFoundException}
     * @return assertions on those calls
     * @throws AssertionError if the journal is null
     */
    public RecordedCallsAssert failedWith(String errorCode) {
        return narrowed(call -> errorCode.equals(call.errorCode()), "that failed with " + errorCode);
    }

    /**
     * Leads back to the mock these calls were reached from.
     *
     * <pre><code class='java'> assertThat(mock).received(Operation.START_LOGGING).never()
     *     .returnToMock()
     *     .trail("org-audit").isLogging();</code></pre>
     *
     * @return the mock's assertion object
     * @throws IllegalStateException if these calls were not reached from {@link CloudTrailMockAssert#received}
     */
    public CloudTrailMockAssert returnToMock() {
        return narrowedFrom != null ? narrowedFrom.returnToMock()
                : origin(CloudTrailMockAssert.class, "CloudTrailMockAssert.received(Operation)");
    }

    private RecordedCallsAssert count(CallCount expected) {
        return check(journal -> {
            List<RecordedCall> received = journal.all();
            long counted = received.stream().filter(counts).count();
            boolean provable = journal.limit() > 0 && (journal.dropped() == 0 || !expected.isBounded());
            if (!provable || !expected.matches((int) counted)) {
                throw assertionError(shouldHaveReceived(expected, calls, received, counts, journal));
            }
        });
    }

    private RecordedCallsAssert narrowed(Predicate<RecordedCall> filter, String description) {
        Predicate<RecordedCall> before = counts;
        String describedBefore = calls;
        return navigate(RecordedCallsAssert.class, RecordedCalls.class, journal -> journal, RecordedCallsAssert::new, next -> {
            next.counts = before.and(filter);
            next.calls = describedBefore.isEmpty() ? description : describedBefore + " " + description;
            next.narrowedFrom = this;
        });
    }

    /** Whether two names or ARNs name the same trail; a name matches an ARN only by the name it ends in. */
    private static boolean sameTrail(String named, String expected) {
        return named.equals(expected) || (isArn(named) != isArn(expected) && nameOf(named).equals(nameOf(expected)));
    }

    private static boolean isArn(String nameOrArn) {
        return nameOrArn.startsWith("arn:");
    }

    private static String nameOf(String nameOrArn) {
        int slash = nameOrArn.indexOf(":trail/");
        return slash < 0 ? nameOrArn : nameOrArn.substring(slash + ":trail/".length());
    }
}
