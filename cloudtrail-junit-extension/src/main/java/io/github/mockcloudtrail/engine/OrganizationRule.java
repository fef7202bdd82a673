package io.github.mockcloudtrail.engine;

import java.util.Optional;

/** Only the management account of a configured organization may own organization trails. */
final class OrganizationRule {
    private final Optional<Organization> organization;

    OrganizationRule(Optional<Organization> organization) {
        this.organization = organization;
    }

    void requireManagementAccount(String accountId) {
        Organization org = organization.filter(o -> o.includes(accountId)).orElseThrow(() -> new CloudTrailApiException(
                ErrorCode.ORGANIZATIONS_NOT_IN_USE, "Account " + accountId + " is not in an organization, so it cannot"
                        + " have an organization trail. Configure the mock with an organization to use"
                        + " IsOrganizationTrail."));
        if (!org.isManagementAccount(accountId)) {
            throw new CloudTrailApiException(ErrorCode.NOT_ORGANIZATION_MASTER_ACCOUNT, "Account " + accountId
                    + " is a member of the organization managed by " + org.managementAccountId()
                    + "; only the management account can create or change organization trails.");
        }
    }
}
