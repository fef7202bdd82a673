package io.github.mockcloudtrail.engine;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An AWS Organizations organization as the mock sees it: one management account and its members.
 *
 * <p>Only the management account may create organization trails; they then show as shadow trails in
 * every member account.
 *
 * <pre>{@code
 * Organization org = new Organization("111111111111", Set.of("222222222222", "333333333333"));
 * }</pre>
 *
 * @param managementAccountId the account that owns the organization
 * @param memberAccountIds the other accounts in it
 */
public record Organization(String managementAccountId, Set<String> memberAccountIds) {
    /**
     * Checks that every account is 12 digits and that the management account is not also a member.
     *
     * @param managementAccountId the account that owns the organization
     * @param memberAccountIds the other accounts in it
     */
    public Organization {
        AccountIds.requireValid(managementAccountId, "management account");
        memberAccountIds.forEach(id -> AccountIds.requireValid(id, "member account"));
        memberAccountIds = Set.copyOf(new LinkedHashSet<>(memberAccountIds));
        if (memberAccountIds.contains(managementAccountId)) {
            throw new IllegalArgumentException(
                    "Account " + managementAccountId + " cannot be both the management account and a member");
        }
    }

    /**
     * Whether the account is the management account or a member.
     *
     * @param accountId an account ID
     * @return whether the organization includes it
     */
    public boolean includes(String accountId) {
        return isManagementAccount(accountId) || memberAccountIds.contains(accountId);
    }

    /**
     * Whether the account is the organization's management account.
     *
     * @param accountId an account ID
     * @return whether it is the management account
     */
    public boolean isManagementAccount(String accountId) {
        return Objects.equals(managementAccountId, accountId);
    }
}
