package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * A basic event selector of a seeded trail, for {@link SeedTrail#eventSelectors()}; the defaults are those of
 * CloudTrail's default selector (all management events, read and write, no data events).
 *
 * <pre>{@code
 * @SeedTrail(name = "payroll-audit", eventSelectors = @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY,
 *         dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SeedEventSelector {

    /** {@return which events to log: {@code READ_ONLY}, {@code WRITE_ONLY} or {@code ALL}} */
    ReadWriteType readWriteType() default ReadWriteType.ALL;

    /** {@return whether the selector logs management events} */
    boolean includeManagementEvents() default true;

    /** {@return the resources whose data events the selector logs; none by default} */
    SeedDataResource[] dataResources() default {};

    /** {@return event sources whose management events are not logged; CloudTrail takes only {@code kms.amazonaws.com}} */
    String[] excludeManagementEventSources() default {};
}
