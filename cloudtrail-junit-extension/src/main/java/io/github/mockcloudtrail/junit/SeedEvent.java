package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.EventSeed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event in the mock's event history before a test runs: on a class, for every test of the class; on
 * a method, for that test only. {@code LookupEvents} finds it as it would find a real event: the mock
 * writes a complete CloudTrail record for it (see {@link EventSeed}, its programmatic twin).
 *
 * <p>{@link #time()} (an instant) or {@link #ago()} (a duration before the mock's clock) say when the
 * event happened; without either it happens at the mock's clock. Mind the lookup window: by default
 * {@code LookupEvents} sees only the last 90 days on the mock's clock.
 *
 * <pre>{@code
 * @Test
 * @SeedEvent(eventName = "StopLogging", username = "mallory", ago = "PT2H",
 *         resources = "AWS::CloudTrail::Trail=arn:aws:cloudtrail:us-east-1:123456789012:trail/audit")
 * void reportsWhoStoppedLogging(CloudTrailClient cloudTrail) { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(SeedEvent.List.class)
public @interface SeedEvent {

    /** {@return the event name, such as {@code StopLogging} or {@code RunInstances}} */
    String eventName();

    /** {@return the service, such as {@code ec2.amazonaws.com}} */
    String eventSource() default EventSeed.DEFAULT_EVENT_SOURCE;

    /** {@return the IAM user who made the call} */
    String username() default EventSeed.DEFAULT_USERNAME;

    /** {@return when the event happened, as an ISO-8601 instant such as {@code 2024-03-01T12:00:00Z}} */
    String time() default "";

    /** {@return how long before the mock's clock the event happened, as an ISO-8601 duration such as {@code PT2H}} */
    String ago() default "";

    /** {@return whether the call only read} */
    boolean readOnly() default false;

    /** {@return resources as {@code "TYPE=NAME"}, such as {@code "AWS::CloudTrail::Trail=arn:aws:cloudtrail:...:trail/audit"}} */
    String[] resources() default {};

    /** {@return the access key; empty means the account ID} */
    String accessKeyId() default "";

    /** {@return a management event or an Insights event} */
    EventSeed.Category category() default EventSeed.Category.MANAGEMENT;

    /** {@return the Region; empty means the mock's Region} */
    String region() default "";

    /** {@return the account; empty means the mock's account} */
    String accountId() default "";

    /** {@return the event ID; empty means a random UUID} */
    String eventId() default "";

    /** Holds repeated {@link SeedEvent}s; write {@code @SeedEvent} several times instead. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {
        /** {@return the events, in the order they were written} */
        SeedEvent[] value();
    }
}
