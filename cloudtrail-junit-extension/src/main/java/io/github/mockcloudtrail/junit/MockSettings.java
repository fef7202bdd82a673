package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.engine.AccountIds;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.Organization;
import io.github.mockcloudtrail.engine.RegionNames;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import software.amazon.awssdk.regions.Region;

/**
 * A mock's configuration, read from {@link MockCloudTrail} and validated like API input: a bad value
 * fails with a message that names the attribute and the rule.
 *
 * @param region the Region of injected clients and seeded trails
 * @param accountId the account of injected clients and seeded trails
 * @param engineOptions the engine's options
 */
record MockSettings(Region region, String accountId, EngineOptions engineOptions) {
    static MockSettings from(MockCloudTrail annotation, Class<?> testClass) {
        String where = " on " + testClass.getName();
        if (!RegionNames.isValid(annotation.region())) {
            throw new ExtensionConfigurationException("@MockCloudTrail(region = \"" + annotation.region() + "\")"
                    + where + " is not a Region name such as us-east-1.");
        }
        if (!AccountIds.isValid(annotation.accountId())) {
            throw new ExtensionConfigurationException("@MockCloudTrail(accountId = \"" + annotation.accountId()
                    + "\")" + where + " is not an account ID: it must be 12 digits.");
        }
        EngineOptions.Builder options = EngineOptions.builder().defaultAccountId(annotation.accountId());
        HistorySettings.apply(annotation, where, options);
        MockOrganization organization = annotation.organization();
        if (!organization.managementAccount().isEmpty()) {
            try {
                options.organization(new Organization(organization.managementAccount(),
                        new LinkedHashSet<>(List.of(organization.memberAccounts()))));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@MockCloudTrail(organization = @MockOrganization(...))"
                        + where + " is invalid: " + e.getMessage() + ".");
            }
        } else if (organization.memberAccounts().length > 0) {
            throw new ExtensionConfigurationException("@MockOrganization" + where
                    + " lists member accounts but no managementAccount.");
        }
        return new MockSettings(Region.of(annotation.region()), annotation.accountId(), options.build());
    }
}
