package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stops the mock's clock at an instant for one test method, before the method's seeds are applied. The
 * next method starts again from the class's clock ({@code @MockCloudTrail(clock = ...)}, or system time).
 * The test can move the clock further through {@code CloudTrailMock.clock()}.
 *
 * <pre>{@code
 * @Test
 * @FixedClock("2024-03-01T12:00:00Z")
 * @SeedEvent(eventName = "StopLogging", ago = "PT2H")
 * void findsTheStopOfTwoHoursAgo(CloudTrailClient cloudTrail) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FixedClock {

    /** {@return the instant, in ISO-8601 such as {@code 2024-03-01T12:00:00Z}} */
    String value();
}
