package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.Scenarios.trailNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;

/**
 * Seeded selectors that {@code PutEventSelectors} or {@code PutInsightSelectors} would reject fail the class (or
 * the method) with a message naming the annotation and the rule, and leave no half-seeded trail behind.
 */
class InvalidSelectorSeedTest {

    static Stream<Arguments> classesThatCannotStart() {
        return Stream.of(
                Arguments.of(BucketWithoutSlash.class, "@SeedTrail(name = \"payroll-audit\") on "
                        + BucketWithoutSlash.class.getName() + " is invalid: InvalidEventSelectorsException: Event selector 1:"
                        + " 'arn:aws:s3:::payroll' is not a valid AWS::S3::Object value; use arn:aws:s3::: for every one, or"
                        + " arn:aws:s3:::bucket_name/ followed by an optional object prefix."),
                Arguments.of(AdvancedWithoutCategory.class, "@SeedTrail(name = \"uploads\") on "
                        + AdvancedWithoutCategory.class.getName() + " is invalid: InvalidEventSelectorsException: Advanced"
                        + " event selector 1 (\"uploads\"): eventCategory is required; add eventCategory Equals Management or Data."),
                Arguments.of(UnknownInsightType.class, "@SeedTrail(name = \"insights\") on "
                        + UnknownInsightType.class.getName() + " is invalid: InvalidInsightSelectorsException: Insight selector 1:"
                        + " InsightType 'UNKNOWN_TO_SDK_VERSION' is not valid; use ApiCallRateInsight or ApiErrorRateInsight."));
    }

    @ParameterizedTest
    @MethodSource("classesThatCannotStart")
    void aBadClassLevelSelectorFailsTheClassBeforeAnyTestRuns(Class<?> scenario, String message) {
        assertThat(Scenarios.failureBeforeAnyTest(scenario))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(message);
    }

    @Test
    void aBadMethodSelectorFailsOnlyThatMethodAndLeavesNoTrailBehind() {
        EngineExecutionResults results = Scenarios.run(BadMethodSelector.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
        assertThat(Scenarios.testFailure(results, "seedsTooManySelectors"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@SeedTrail(name = \"too-many\") on " + BadMethodSelector.class.getName()
                        + ".seedsTooManySelectors() is invalid: InvalidEventSelectorsException: A trail takes 1 to 5 event"
                        + " selectors, but the request has 6.");
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "payroll-audit", eventSelectors = @SeedEventSelector(
            dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll")))
    static class BucketWithoutSlash {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "uploads", advancedEventSelectors = @SeedAdvancedEventSelector(name = "uploads",
            fieldSelectors = @SeedFieldSelector(field = "eventName", equalsValue = "PutObject")))
    static class AdvancedWithoutCategory {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedTrail(name = "insights", insightTypes = InsightType.UNKNOWN_TO_SDK_VERSION)
    static class UnknownInsightType {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class BadMethodSelector {
        @Test
        @Order(1)
        @SeedTrail(name = "too-many", eventSelectors = {@SeedEventSelector, @SeedEventSelector, @SeedEventSelector,
            @SeedEventSelector, @SeedEventSelector, @SeedEventSelector})
        void seedsTooManySelectors() {
        }

        @Test
        @Order(2)
        void theNextTestSeesNoTrail(CloudTrailClient client) {
            assertThat(trailNames(client)).isEmpty();
        }
    }
}
