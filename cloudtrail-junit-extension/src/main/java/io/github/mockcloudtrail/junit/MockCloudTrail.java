package io.github.mockcloudtrail.junit;

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
 *   <li>{@link io.github.mockcloudtrail.CloudTrailMock}: the endpoint, Region, account, credentials, and
 *       direct seeding and reset.</li>
 * </ul>
 * Injected clients use the Apache HTTP client, static credentials and no retries, so a test sees every
 * error the mock answers with.
 *
 * <p><b>State between tests.</b> Trails come from {@link SeedTrail} on the class and on each method.
 * Before each test method the state goes back to the class's baseline, which is the class seeds plus
 * whatever {@code @BeforeAll} methods did (taken just before the first test method), and then that
 * method's seeds are added; nothing a test changes reaches the next one. A {@code @Nested} class
 * without its own {@code @MockCloudTrail} shares the enclosing class's endpoint and starts from the
 * enclosing baseline plus its own class seeds; with its own annotation it gets its own endpoint with
 * only its own seeds. Subclasses of an annotated class each get their own endpoint. Registering the
 * extension a second time ({@code @ExtendWith} or {@code @RegisterExtension}) changes nothing.
 *
 * <p><b>Limits.</b> Methods of one class share one endpoint, so they must not run concurrently with
 * each other: when they do, the second fails with a message saying so. Test classes running in
 * parallel each have their own endpoint and do not interfere.
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

    /** The Region the injected clients use and seeded trails are homed in. */
    String region() default "us-east-1";

    /** The account the injected clients act as; requests signed with a 12-digit access key act as that account. */
    String accountId() default "123456789012";

    /** An AWS Organizations organization, needed for organization trails; none by default. */
    MockOrganization organization() default @MockOrganization;

    /**
     * The instant the mock's clock stands at, in ISO-8601 such as {@code 2024-03-01T12:00:00Z}; empty (the
     * default) means system time. Tests move the clock through {@code CloudTrailMock.clock()}; each test
     * method starts from this setting (or from what {@code @BeforeAll} methods made of it).
     */
    String clock() default "";

    /**
     * How many days back from the mock's clock {@code LookupEvents} looks: CloudTrail's 90 by default;
     * 0 looks at events of any age, such as seeded log files from years ago.
     */
    int lookupWindowDays() default 90;

    /** Whether the mock records its own API calls as events, as CloudTrail does. */
    boolean recordCalls() default true;

    /** The most recorded events kept per account and Region; the oldest are evicted first. */
    int recordedEventsCap() default 100_000;

    /** Whether seeded events count against {@link #recordedEventsCap()}. */
    boolean seededEventsCountAgainstCap() default false;
}
