package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds repeated {@link SeedTrail} annotations; write {@code @SeedTrail} several times instead.
 *
 * <pre>{@code
 * @SeedTrail(name = "org-audit")
 * @SeedTrail(name = "app-trail")
 * class TwoTrailsTest { }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SeedTrails {
    /** {@return the trails, in the order they were written} */
    SeedTrail[] value();
}
