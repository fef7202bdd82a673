package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a client, client builder or handle for another Region than the mock's, on the same endpoint and
 * state. Combines with {@link ForAccount}.
 *
 * <pre>{@code
 * @Test
 * void seesTheShadowTrail(CloudTrailClient home, @ForRegion("eu-west-1") CloudTrailClient ireland) {
 *     home.createTrail(r -> r.name("org").s3BucketName("logs").isMultiRegionTrail(true));
 *     assertThat(ireland.describeTrails().trailList()).extracting(Trail::homeRegion).containsExactly("us-east-1");
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForRegion {

    /** {@return the Region name, such as {@code eu-west-1}} */
    String value();
}
