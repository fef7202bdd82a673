package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.engine.AccountIds;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.Organization;
import io.github.mockcloudtrail.engine.RegionNames;
import io.github.mockcloudtrail.server.SessionOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClientBuilder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * A mock's configuration, read from {@link MockCloudTrail} or {@code MockCloudTrailExtension.builder()} and
 * validated like API input: a bad value fails with a message that names the attribute and the rule.
 *
 * @param region the Region of injected clients and seeded trails
 * @param accountId the account of injected clients and seeded trails
 * @param engineOptions the engine's options; each engine gets a copy of their clock (see {@link #newEngine()})
 * @param isolation how test methods are kept apart
 * @param strict whether unsupported operations and unfired faults fail a test
 * @param sessionOptions the journal limit and throttling
 * @param seeds trails and events every test of the class starts with, before the class's annotations
 * @param faults faults every test of the class starts with
 * @param clientCustomizer applied to the builder of every injected client and handle builder
 * @param asyncClientCustomizer applied to the builder of every injected async client
 */
record MockSettings(Region region, String accountId, EngineOptions engineOptions, Isolation isolation, boolean strict,
        SessionOptions sessionOptions, Seeds seeds, List<FaultRule> faults,
        Consumer<CloudTrailClientBuilder> clientCustomizer, Consumer<CloudTrailAsyncClientBuilder> asyncClientCustomizer) {

    MockSettings {
        faults = List.copyOf(faults);
    }

    /** Settings with everything but Region, account and engine options at its default. */
    MockSettings(Region region, String accountId, EngineOptions engineOptions) {
        this(region, accountId, engineOptions, Isolation.RESET_BEFORE_EACH, false, SessionOptions.defaults(),
                Seeds.none(), List.of(), SdkClients.NO_CUSTOMIZATION, builder -> { });
    }

    /**
     * A new, empty engine with these options and a clock of its own at the configured setting: every engine
     * of a mock (class, nested class, each test) moves its clock without moving another's.
     */
    CloudTrailEngine newEngine() {
        return new CloudTrailEngine(engineOptions.withOwnClock());
    }

    static MockSettings from(MockCloudTrail annotation, Class<?> testClass) {
        String where = " on " + testClass.getName();
        MockOrganization organization = annotation.organization();
        if (organization.managementAccount().isEmpty() && organization.memberAccounts().length > 0) {
            throw new ExtensionConfigurationException("@MockOrganization" + where
                    + " lists member accounts but no managementAccount.");
        }
        Complaint complaint = (attribute, value, problem) -> new ExtensionConfigurationException(
                "@MockCloudTrail(" + attribute + " = " + value + ")" + where + " " + problem);
        Basics basics = Basics.validated(complaint, annotation.region(), annotation.accountId(),
                organization.managementAccount(), List.of(organization.memberAccounts()), annotation.journalLimit(),
                annotation.throttleLookupEvents(), HistorySettings.of(annotation, complaint));
        return basics.with(annotation.isolation(), annotation.strict(), Seeds.none(), List.of(), SdkClients.NO_CUSTOMIZATION,
                builder -> { });
    }

    /**
     * The settings every source has, validated.
     *
     * @param region the Region
     * @param accountId the account
     * @param engineOptions account, organization, clock and event history
     * @param sessionOptions journal limit and throttling
     */
    record Basics(Region region, String accountId, EngineOptions engineOptions, SessionOptions sessionOptions) {

        /** @param managementAccount empty for no organization */
        static Basics validated(Complaint complaint, String region, String accountId, String managementAccount,
                List<String> memberAccounts, int journalLimit, boolean throttleLookupEvents, HistorySettings history) {
            if (!RegionNames.isValid(region)) {
                throw complaint.about("region", quoted(region), "is not a Region name such as us-east-1.");
            }
            if (!AccountIds.isValid(accountId)) {
                throw complaint.about("accountId", quoted(accountId), "is not an account ID: it must be 12 digits.");
            }
            if (journalLimit < 0) {
                throw complaint.about("journalLimit", String.valueOf(journalLimit), "must be 0 (no journal) or more.");
            }
            EngineOptions.Builder options = EngineOptions.builder().defaultAccountId(accountId);
            history.applyTo(options, complaint);
            if (!managementAccount.isEmpty()) {
                try {
                    options.organization(new Organization(managementAccount, new LinkedHashSet<>(memberAccounts)));
                } catch (IllegalArgumentException e) {
                    throw complaint.about("organization", "@MockOrganization(...)", "is invalid: " + e.getMessage()
                            + ".");
                }
            }
            return new Basics(Region.of(region), accountId, options.build(),
                    new SessionOptions(journalLimit, throttleLookupEvents));
        }

        MockSettings with(Isolation isolation, boolean strict, Seeds seeds, List<FaultRule> faults,
                Consumer<CloudTrailClientBuilder> clientCustomizer,
                Consumer<CloudTrailAsyncClientBuilder> asyncClientCustomizer) {
            return new MockSettings(region, accountId, engineOptions, isolation, strict, sessionOptions, seeds, faults,
                    clientCustomizer, asyncClientCustomizer);
        }
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /** Builds the exception for a bad setting, in the words of where the setting came from. */
    @FunctionalInterface
    interface Complaint {
        RuntimeException about(String attribute, String value, String problem);
    }
}
