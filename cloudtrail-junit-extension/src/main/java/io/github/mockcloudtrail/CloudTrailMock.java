package io.github.mockcloudtrail;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * A handle on a running mock CloudTrail endpoint, injected into tests next to the client.
 *
 * <p>It tells where the endpoint listens and with which Region, account and credentials the injected
 * clients talk to it, builds further clients, and changes the mock's state directly.
 *
 * <pre>{@code
 * @MockCloudTrail
 * class AuditTest {
 *     @Test
 *     void wiresTheApplication(CloudTrailMock mock) {
 *         AuditService service = new AuditService(mock.endpoint(), mock.region());
 *         mock.seedTrail(TrailSeed.named("org-audit").logging(true).build());
 *         ...
 *     }
 * }
 * }</pre>
 */
public interface CloudTrailMock {

    /** The endpoint URI, such as {@code http://127.0.0.1:49152}; always on the loopback interface. */
    URI endpoint();

    /** The Region the injected clients sign for; trails created through them are homed there. */
    Region region();

    /** The account the injected clients act as. */
    String accountId();

    /** Static credentials whose access key selects {@link #accountId()}; the secret is never checked. */
    AwsCredentialsProvider credentialsProvider();

    /**
     * A new client builder preconfigured for this endpoint: endpoint override, Region, credentials, the
     * Apache HTTP client and no retries. The caller owns, and closes, what it builds.
     */
    CloudTrailClientBuilder clientBuilder();

    /**
     * Creates a trail as described, through the same validation as {@code CreateTrail}.
     *
     * @throws IllegalArgumentException if CloudTrail would reject the trail; the message names the
     *     error code and the rule
     */
    void seedTrail(TrailSeed seed);

    /** Deletes all state: every trail, tag and logging status in every account and Region. */
    void reset();

    /**
     * The journal of the calls this mock received: operation, request, answer, access key, Region and time.
     * Resetting it ({@link RecordedCalls#reset()}) keeps the state, and {@link #reset()} keeps the journal.
     */
    RecordedCalls calls();

    /**
     * Checks that the journal holds the expected number of calls of an operation.
     *
     * <pre>{@code
     * mock.verify(Operation.START_LOGGING, CallCount.times(1));
     * }</pre>
     *
     * @throws org.opentest4j.AssertionFailedError if it does not, with the calls received; also when the
     *     journal dropped calls and so cannot prove an upper bound
     */
    void verify(Operation operation, CallCount count);

    /** The faults this mock injects into the calls it receives. */
    FaultPlan faults();
}
