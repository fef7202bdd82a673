package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.MockClients;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * A server with trails worth breaking, for suites that throw bad input at it, started before a test class and
 * stopped after it: {@code audit} (multi-Region, logging, tagged, with event and Insights selectors) and
 * {@code second}, both in us-east-1 of the default account, whose raw requests sign for that account and
 * Region. It remembers the state it was seeded with, to check after hostile requests that nothing changed and
 * that it still serves.
 *
 * <p>It serves one session with a call journal and a fault plan, as the extension serves a test, so that the
 * journal and planned faults meet hostile input too.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SeededServer server = new SeededServer();
 *
 * @Test
 * void rejectsGarbage() {
 *     try (RawConnection connection = server.connect()) {
 *         connection.exchange(RawRequest.call("GetTrail", "{").bytes());
 *     }
 *     server.assertIntactAndServing();
 * }
 * }</pre>
 */
final class SeededServer implements BeforeAllCallback, AfterAllCallback {
    static final String AUDIT_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";

    private final RequestDeadlines deadlines;
    private CloudTrailEngine engine;
    private Session session;
    private CloudTrailServer server;
    private Caller caller;
    private CloudTrailEngine.Snapshot baseline;
    private String baselineState;
    private CloudTrailClient client;
    private ServerWarnings warnings;

    /** A server with the default request deadlines. */
    SeededServer() {
        this(RequestDeadlines.DEFAULTS);
    }

    SeededServer(RequestDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        warnings = ServerWarnings.attach();
        engine = new CloudTrailEngine(EngineOptions.defaults());
        engine.seedTrail(TrailSeed.named("audit").s3BucketName("audit-logs").multiRegion(true).logging(true)
                .tag("owner", "security")
                .eventSelectors(EventSelector.builder().readWriteType(ReadWriteType.WRITE_ONLY)
                        .includeManagementEvents(true)
                        .dataResources(d -> d.type("AWS::S3::Object").values("arn:aws:s3:::audit-logs/")).build())
                .insightTypes(InsightType.API_CALL_RATE_INSIGHT)
                .build(), "us-east-1");
        engine.seedTrail(TrailSeed.named("second").s3BucketName("second-logs").build(), "us-east-1");
        session = new Session("hostile input", engine, SessionOptions.defaults());
        server = CloudTrailServer.start(new SingleSessionRouter(session), 0, deadlines);
        caller = engine.callerFor(EngineOptions.DEFAULT_ACCOUNT_ID, "us-east-1");
        baseline = engine.snapshot();
        baselineState = VisibleState.of(engine, caller);
        client = MockClients.of(server.endpoint(), Region.US_EAST_1);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        warnings.detach();
        client.close();
        server.close();
    }

    URI endpoint() {
        return server.endpoint();
    }

    /** An SDK client (Apache HTTP client, no retries) acting as the default account in us-east-1. */
    CloudTrailClient client() {
        return client;
    }

    /** The journal of every call the server answered. */
    CallJournal journal() {
        return session.journal();
    }

    /** The faults planned for the server's calls; a test that plans one clears the plan afterwards. */
    FaultSchedule faults() {
        return session.faults();
    }

    RawConnection connect() {
        return RawConnection.open(endpoint());
    }

    /** Whether the trails are as seeded, read in-process. */
    boolean isIntact() {
        return VisibleState.of(engine, caller).equals(baselineState);
    }

    /** The trails are as seeded, an SDK client is served, and nothing failed inside the server. */
    void assertIntactAndServing() {
        assertThat(VisibleState.of(engine, caller)).as("the trails after the requests").isEqualTo(baselineState);
        assertThat(warnings.logged()).as("warnings and errors logged by the server").isEmpty();
        assertThat(client.getTrail(r -> r.name("audit")).trail().trailARN()).isEqualTo(AUDIT_ARN);
    }

    /** Puts the seeded state back, after requests that were allowed to change it. */
    void restoreBaseline() {
        engine.restore(baseline);
    }
}
