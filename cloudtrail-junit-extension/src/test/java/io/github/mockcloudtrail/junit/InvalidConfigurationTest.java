package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Invalid seeds and settings fail early with a message that names the annotation, where it is, and
 * the CloudTrail rule it breaks: a class-level problem fails the class, a method-level one that method.
 */
class InvalidConfigurationTest {

    static Stream<Arguments> classesThatCannotStart() {
        return Stream.of(
                Arguments.of(InvalidClassSeedName.class, "@SeedTrail(name = \"bad name\") on "
                        + InvalidClassSeedName.class.getName() + " is invalid: InvalidTrailNameException: "),
                Arguments.of(InvalidClassSeedTag.class, "@SeedTrail(name = \"tagged\") on "
                        + InvalidClassSeedTag.class.getName() + " is invalid: InvalidTagParameterException: "),
                Arguments.of(OrganizationTrailWithoutOrganization.class, "@SeedTrail(name = \"org-trail\") on "
                        + OrganizationTrailWithoutOrganization.class.getName()
                        + " is invalid: OrganizationsNotInUseException: "),
                Arguments.of(InvalidSeedAccount.class, "@SeedTrail(name = \"elsewhere\") on "
                        + InvalidSeedAccount.class.getName()
                        + " is invalid: ValidationException: accountId '12' is not an account ID: it must be 12 digits."),
                Arguments.of(InvalidSeedRegion.class, "@SeedTrail(name = \"elsewhere\") on "
                        + InvalidSeedRegion.class.getName()
                        + " is invalid: ValidationException: region 'Mars' is not a Region name such as us-east-1."),
                Arguments.of(InvalidRegion.class, "@MockCloudTrail(region = \"Mars\") on "
                        + InvalidRegion.class.getName() + " is not a Region name such as us-east-1."),
                Arguments.of(InvalidAccount.class, "@MockCloudTrail(accountId = \"1234\") on "
                        + InvalidAccount.class.getName() + " is not an account ID: it must be 12 digits."),
                Arguments.of(ManagementAccountAlsoMember.class,
                        "@MockCloudTrail(organization = @MockOrganization(...)) on "
                                + ManagementAccountAlsoMember.class.getName() + " is invalid: "),
                Arguments.of(MembersWithoutManagementAccount.class, "@MockOrganization on "
                        + MembersWithoutManagementAccount.class.getName()
                        + " lists member accounts but no managementAccount."));
    }

    @ParameterizedTest
    @MethodSource("classesThatCannotStart")
    void aBadClassLevelSettingFailsTheClassBeforeAnyTestRuns(Class<?> scenario, String message) {
        Scenarios.assertFailsToStart(scenario, message);
    }

    @Test
    void aBadMethodSeedFailsOnlyThatMethodAndLeavesNothingBehind() {
        EngineExecutionResults results = Scenarios.run(InvalidMethodSeed.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
        assertThat(Scenarios.testFailure(results, "seedsABadBucket"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@SeedTrail(name = \"bad-bucket\") on " + InvalidMethodSeed.class.getName()
                        + ".seedsABadBucket() is invalid: InvalidS3BucketNameException: ");
    }

    @Test
    void aBadSeedOnANestedClassFailsOnlyThatNestedClass() {
        EngineExecutionResults results = Scenarios.run(NestedWithBadSeed.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(Scenarios.containerFailure(results))
                .hasMessageStartingWith("@SeedTrail(name = \"-bad\") on " + NestedWithBadSeed.Inner.class.getName()
                        + " is invalid: InvalidTrailNameException: ");
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "good-trail")
    @SeedTrail(name = "bad name")
    static class InvalidClassSeedName {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "tagged", tags = "=no-key")
    static class InvalidClassSeedTag {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "org-trail", organizationTrail = true)
    static class OrganizationTrailWithoutOrganization {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "elsewhere", accountId = "12")
    static class InvalidSeedAccount {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "elsewhere", region = "Mars")
    static class InvalidSeedRegion {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(region = "Mars")
    static class InvalidRegion {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(accountId = "1234")
    static class InvalidAccount {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(organization = @MockOrganization(managementAccount = "111111111111", memberAccounts = "111111111111"))
    static class ManagementAccountAlsoMember {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(organization = @MockOrganization(memberAccounts = "222222222222"))
    static class MembersWithoutManagementAccount {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InvalidMethodSeed {
        @Test
        @Order(1)
        @SeedTrail(name = "good-trail")
        @SeedTrail(name = "bad-bucket", s3BucketName = "Bad_Bucket")
        void seedsABadBucket() {
        }

        @Test
        @Order(2)
        void theNextTestSeesNoneOfItsSeeds(CloudTrailClient client) {
            assertThat(trailNames(client)).isEmpty();
        }
    }

    @Scenario
    @MockCloudTrail
    static class NestedWithBadSeed {
        @Test
        void theEnclosingClassStillRuns(CloudTrailClient client) {
            assertThat(trailNames(client)).isEmpty();
        }

        @Nested
        @SeedTrail(name = "-bad")
        class Inner {
            @Test
            void neverRuns() {
            }
        }
    }
}
