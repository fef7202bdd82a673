package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.server.SessionOptions;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its own in-JVM AWS CloudTrail endpoint.
 *
 * <p>The endpoint is an Undertow server on {@code 127.0.0.1} and an ephemeral port, speaking CloudTrail's
 * AWS JSON 1.1 protocol. It starts the first time the class needs it (a parameter to resolve, or
 * {@code @BeforeAll}) and stops when the class's tests are done. Test methods, lifecycle methods and
 * constructors can declare these parameters:
 * <ul>
 *   <li>{@code CloudTrailClient}: a client for the endpoint, owned and closed by the extension;
 *       closing it yourself does nothing;</li>
 *   <li>{@code CloudTrailClientBuilder}: a preconfigured builder; you own, and close, what it builds;</li>
 *   <li>{@link io.github.mockcloudtrail.CloudTrailMock}: the endpoint, Region, account, credentials, the
 *       clock, direct seeding of trails and events, reset, the journal of calls and fault injection.</li>
 *   <li>{@code CloudTrailAsyncClient}: like the client, when {@code software.amazon.awssdk:netty-nio-client}
 *       is on the test class path.</li>
 * </ul>
 * {@link ForRegion} and {@link ForAccount} on such a parameter give one for another Region or account.
 * Injected clients use the Apache HTTP client, static credentials and no retries, so a test sees every
 * error the mock answers with.
 *
 * <p><b>State between tests.</b> Trails come from {@link SeedTrail}, events from {@link SeedEvent} and
 * {@link SeedEvents}, on the class and on each method; {@link FixedClock} on a method sets its clock.
 * Before each test method the state (trails, events and the clock) goes back to the class's baseline,
 * which is the class seeds plus
 * whatever {@code @BeforeAll} methods did (taken just before the first test method), and then that
 * method's seeds are added; nothing a test changes reaches the next one. A {@code @Nested} class
 * without its own {@code @MockCloudTrail} shares the enclosing class's endpoint and starts from the
 * enclosing baseline plus its own class seeds; with its own annotation it gets its own endpoint with
 * only its own seeds. Subclasses of an annotated class each get their own endpoint. Registering the
 * extension a second time ({@code @ExtendWith} or {@code @RegisterExtension}) changes nothing.
 *
 * <p><b>Parallel execution.</b> Test classes running in parallel each have their own endpoint. Test
 * methods of one class running concurrently each get their own copy of the baseline, with the same trail
 * ARNs and account (see {@link Isolation} for the other modes), through what is injected into them.
 * Clients that the code under test builds with credentials of its own reach the running test's state
 * while one test runs; while several run they reach the class baseline, so build them from the injected
 * handle ({@code mock.clientBuilder()}, {@code mock.credentialsProvider()}) or use
 * {@link Isolation#ENDPOINT_PER_METHOD}.
 *
 * <pre>{@code
 * @MockCloudTrail(region = "eu-west-1")
 * @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true, logging = true)
 * class AuditBaselineTest {
 *     @Test
 *     void findsTheAuditTrail(CloudTrailClient cloudTrail) {
 *         assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).isLogging()).isTrue();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockCloudTrailExtension.class)
public @interface MockCloudTrail {

    /** {@return the Region the injected clients use and seeded trails are homed in} */
    String region() default "us-east-1";

    /** {@return the account the injected clients act as; requests signed with a 12-digit access key act as that account} */
    String accountId() default "123456789012";

    /** {@return an AWS Organizations organization, needed for organization trails; none by default} */
    MockOrganization organization() default @MockOrganization;

    /** {@return how test methods are kept apart; each starts from the class baseline by default} */
    Isolation isolation() default Isolation.RESET_BEFORE_EACH;

    /**
     * Strict mode: a test fails after it ran when it called an operation the mock does not support, or when
     * a fault it planned (with {@link InjectFault} or the handle) did not fire as often as planned.
     *
     * @return whether strict mode is on
     */
    boolean strict() default false;

    /** {@return the most calls the journal of a test keeps (the oldest are dropped); 0 turns the journal off} */
    int journalLimit() default SessionOptions.DEFAULT_JOURNAL_LIMIT;

    /**
     * Throttles LookupEvents as CloudTrail does: two calls per second per account and Region on the mock's
     * clock, then {@code ThrottlingException}.
     *
     * @return whether LookupEvents is throttled
     */
    boolean throttleLookupEvents() default false;

    /**
     * The instant the mock's clock stands at, in ISO-8601 such as {@code 2024-03-01T12:00:00Z}; empty (the
     * default) means system time. Tests move the clock through {@code CloudTrailMock.clock()}; each test
     * method starts from this setting (or from what {@code @BeforeAll} methods made of it).
     *
     * @return the instant, or empty for system time
     */
    String clock() default "";

    /**
     * How many days back from the mock's clock {@code LookupEvents} looks: CloudTrail's 90 by default;
     * 0 looks at events of any age, such as seeded log files from years ago.
     *
     * @return the window in days; 0 for no limit
     */
    int lookupWindowDays() default 90;

    /**
     * Whether the mock records its own API calls as events in its event history, which
     * {@code LookupEvents} reads, as CloudTrail does. The journal of {@code CloudTrailMock.calls()} is
     * separate: see {@link #journalLimit()}.
     *
     * @return whether calls are recorded as events
     */
    boolean recordCalls() default true;

    /** {@return the most recorded events kept per account and Region; the oldest are evicted first} */
    int recordedEventsCap() default 100_000;

    /** {@return whether seeded events count against {@link #recordedEventsCap()}} */
    boolean seededEventsCountAgainstCap() default false;
}
