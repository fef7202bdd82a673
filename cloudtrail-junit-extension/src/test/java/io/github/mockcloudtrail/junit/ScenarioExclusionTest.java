package io.github.mockcloudtrail.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Scenario classes stay disabled unless {@link Scenarios} launches them, so no IDE or build runs them by accident. */
class ScenarioExclusionTest {

    @Test
    void aScenarioLaunchedWithoutScenariosIsSkipped() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(IsolationTest.Baseline.class))
                .execute()
                .containerEvents()
                .assertStatistics(stats -> stats.skipped(1).failed(0));
    }
}
