package io.github.mockcloudtrail;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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

    /** {@return the endpoint URI, such as {@code http://127.0.0.1:49152}; always on the loopback interface} */
    URI endpoint();

    /** {@return the Region the injected clients sign for; trails created through them are homed there} */
    Region region();

    /** {@return the account the injected clients act as} */
    String accountId();

    /** {@return static credentials whose access key selects {@link #accountId()}; the secret is never checked} */
    AwsCredentialsProvider credentialsProvider();

    /**
     * A new client builder preconfigured for this endpoint: endpoint override, Region, credentials, the
     * Apache HTTP client and no retries. The caller owns, and closes, what it builds.
     *
     * @return a new builder; each call returns a fresh one
     */
    CloudTrailClientBuilder clientBuilder();

    /**
     * Creates a trail as described, through the same validation as {@code CreateTrail}.
     *
     * @throws IllegalArgumentException if CloudTrail would reject the trail; the message names the
     *     error code and the rule
     * @param seed the trail to create
     */
    void seedTrail(TrailSeed seed);

    /**
     * Deletes all state: every trail, tag, logging status, event and public key in every account and Region.
     * The journal of {@link #calls()} stays.
     */
    void reset();

    /**
     * The mock's clock, which every timestamp the mock writes comes from: system time unless the test
     * fixes it ({@code clock().fixAt(...)}) or advances it ({@code clock().advance(...)}). Each test
     * method starts from the class's clock setting.
     *
     * @return the clock of this mock
     */
    MockClock clock();

    /**
     * Puts one event into the event history, filed under the seed's account and Region (by default the
     * mock's).
     *
     * @throws IllegalArgumentException if the seed's account is not 12 digits
     * @param seed the event
     */
    void seedEvent(EventSeed seed);

    /**
     * Puts the records of a file, or of every {@code .json}, {@code .jsonl} and {@code .gz} file in a
     * folder, into the event history: CloudTrail log files ({@code {"Records":[...]}}, plain or gzipped),
     * JSON lines of records, or saved {@code aws cloudtrail lookup-events} output. Each record is filed
     * under its own {@code recipientAccountId} and {@code awsRegion}; records already held are skipped.
     *
     * @return the number of events added
     * @throws IllegalArgumentException naming the file and record, if one cannot be read
     * @param fileOrFolder a log file, a JSON lines file, saved lookup output, or a folder of them
     */
    int seedEvents(Path fileOrFolder);

    /**
     * As {@link #seedEvents(Path)}, for a location: {@code classpath:PATH} (a resource of the context
     * class loader) or a file system path.
     *
     * @param location {@code classpath:PATH} or a file system path
     * @return the number of events added
     * @throws IllegalArgumentException if the location does not exist or a record cannot be read
     */
    int seedEvents(String location);

    /**
     * Sets how far back from the mock's clock {@code LookupEvents} looks (90 days unless configured);
     * {@link Duration#ZERO} looks at events of any age. Each test method starts from the class's setting.
     *
     * @param window how far back lookups look; zero for no limit
     */
    void setLookupWindow(Duration window);

    /**
     * Switches the recording of the mock's own API calls as events on or off, for the current test.
     *
     * @param recordCalls whether calls are recorded as events
     */
    void recordCalls(boolean recordCalls);

    /**
     * The journal of the calls this mock received: operation, request, answer, access key, Region and time.
     * Resetting it ({@link RecordedCalls#reset()}) keeps the state, and {@link #reset()} keeps the journal.
     *
     * @return the journal, oldest call first
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
     * @param operation the operation
     * @param count the expected number of calls
     */
    default void verify(Operation operation, CallCount count) {
        CallVerifier.verify(calls(), operation, count);
    }

    /**
     * The faults this mock injects into the calls it receives.
     *
     * @return the plan; rules added to it take effect on the next call
     */
    FaultPlan faults();
}
