package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.MultipleFailuresError;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * The soft entry points mixed into a project's own soft assertions, and injected by AssertJ's
 * {@link SoftAssertionsExtension}, as users write them; the user-style classes run under JUnit's
 * {@code EngineTestKit} only.
 */
class CloudTrailSoftAssertionsProviderTest {
    private static volatile boolean launched;

    /** A project's soft assertions: AssertJ's own and the CloudTrail ones together. */
    public static class ProjectSoftAssertions extends SoftAssertions implements CloudTrailSoftAssertionsProvider {
    }

    @Test
    void mixes_into_assertjs_soft_assertions() {
        // GIVEN
        ProjectSoftAssertions softly = new ProjectSoftAssertions();
        Trail trail = Trail.builder().name("app-trail").isMultiRegionTrail(false).build();
        // WHEN
        softly.assertThat(List.of("org-audit")).containsExactly("org-audit", "app-trail");
        softly.assertThat(trail).isMultiRegion().isSingleRegion();
        // THEN
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                assertj -> assertThat(assertj).contains("to contain exactly"),
                cloudTrail -> assertThat(cloudTrail).contains("Expecting trail \"app-trail\" to be a multi-Region trail"));
    }

    @Test
    void collects_failures_under_the_soft_assertions_extension() {
        // WHEN
        EngineExecutionResults results;
        launched = true;
        try {
            results = EngineTestKit.engine("junit-jupiter")
                    .selectors(DiscoverySelectors.selectClass(InjectedCloudTrailSoftAssertions.class),
                            DiscoverySelectors.selectClass(InjectedProjectSoftAssertions.class))
                    .execute();
        } finally {
            launched = false;
        }
        // THEN: each test failed once, after it ran, with both of its soft failures
        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        assertThat(results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()))
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(MultipleFailuresError.class))
                .map(failure -> ((MultipleFailuresError) failure).getFailures().stream()
                        .map(error -> error.getMessage().lines().skip(1).findFirst().orElseThrow()).toList())
                .containsExactlyInAnyOrder(
                        List.of("Expecting trail \"app-trail\" to be logging, but it is not.",
                                "Expecting trail \"app-trail\" to be a multi-Region trail, but it is not."),
                        List.of("Expecting trail \"app-trail\" to have log file validation enabled, but it is not.",
                                "Expected size: 2 but was: 1 in:"));
    }

    static boolean launchedByTheTest() {
        return launched;
    }

    @MockCloudTrail
    @SeedTrail(name = "app-trail", s3BucketName = "app-logs")
    @ExtendWith(SoftAssertionsExtension.class)
    @EnabledIf("io.github.mockcloudtrail.assertj.CloudTrailSoftAssertionsProviderTest#launchedByTheTest")
    static class InjectedCloudTrailSoftAssertions {
        @InjectSoftAssertions
        CloudTrailSoftAssertions softly;

        @Test
        void checksTheAppTrail(CloudTrailClient cloudTrail) {
            softly.assertThat(cloudTrail).trail("app-trail").isLogging().isMultiRegion();
        }
    }

    @MockCloudTrail
    @SeedTrail(name = "app-trail", s3BucketName = "app-logs")
    @ExtendWith(SoftAssertionsExtension.class)
    @EnabledIf("io.github.mockcloudtrail.assertj.CloudTrailSoftAssertionsProviderTest#launchedByTheTest")
    static class InjectedProjectSoftAssertions {
        @InjectSoftAssertions
        ProjectSoftAssertions softly;

        @Test
        void checksTheAppTrail(CloudTrailClient cloudTrail) {
            softly.assertThat(cloudTrail).trail("app-trail").hasLogFileValidationEnabled();
            softly.assertThat(cloudTrail.describeTrails().trailList()).hasSize(2);
        }
    }
}
