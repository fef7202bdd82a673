package io.github.mockcloudtrail.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that only runs under {@link Scenarios}, launched by the test that checks its
 * outcome. Scenario classes are static nested classes, which surefire's default {@code **}{@code /*$*}
 * exclude keeps out of the build; this condition also keeps them out of IDE and package-wide runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Scenario.OnlyUnderScenarios.class)
@interface Scenario {
    /** The configuration parameter {@link Scenarios} sets. */
    String ENABLED = "mockcloudtrail.scenarios.enabled";

    /** Disables a scenario class unless {@link Scenarios} launched it. */
    final class OnlyUnderScenarios implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED, Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("launched by its test")
                    : ConditionEvaluationResult.disabled("a scenario: runs only when its test launches it");
        }
    }
}
