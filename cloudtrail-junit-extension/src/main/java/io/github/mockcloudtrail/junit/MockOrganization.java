package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An AWS Organizations organization for {@link MockCloudTrail#organization()}: its management account
 * may create organization trails, which then show as shadow trails in every member account.
 *
 * <pre>{@code
 * @MockCloudTrail(accountId = "111111111111",
 *         organization = @MockOrganization(managementAccount = "111111111111",
 *                 memberAccounts = {"222222222222", "333333333333"}))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MockOrganization {

    /** {@return the management account; empty (the default) means no organization} */
    String managementAccount() default "";

    /** {@return the member accounts} */
    String[] memberAccounts() default {};
}
