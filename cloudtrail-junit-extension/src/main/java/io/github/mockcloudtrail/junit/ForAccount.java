package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a client, client builder or handle acting as another account than the mock's, on the same
 * endpoint and state, such as a member account of the organization. Combines with {@link ForRegion}.
 *
 * <pre>{@code
 * @Test
 * void membersSeeTheOrganizationTrail(CloudTrailClient management,
 *         @ForAccount("210987654321") CloudTrailClient member) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForAccount {

    /** {@return the 12-digit account ID} */
    String value();
}
