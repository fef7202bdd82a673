package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Bad clock, lookup-window, cap and event-seed settings fail early, naming the annotation and where it is. */
class HistoryConfigurationTest {

    static Stream<Arguments> classesThatCannotStart() {
        return Stream.of(
                Arguments.of(BadClock.class, "@MockCloudTrail(clock = \"yesterday\") on " + BadClock.class.getName()
                        + " is not an ISO-8601 instant such as 2024-03-01T12:00:00Z."),
                Arguments.of(NegativeWindow.class, "@MockCloudTrail(lookupWindowDays = -1) on "
                        + NegativeWindow.class.getName() + " must be 0 (no window) or a number of days."),
                Arguments.of(ZeroCap.class, "@MockCloudTrail(recordedEventsCap = 0) on " + ZeroCap.class.getName()
                        + " must be at least 1."),
                Arguments.of(BadSeedTime.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + BadSeedTime.class.getName() + ": time \"noon\" is not an ISO-8601 instant"),
                Arguments.of(BadSeedAgo.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + BadSeedAgo.class.getName() + ": ago \"2h\" is not an ISO-8601 duration such as PT2H or P3D."),
                Arguments.of(TimeAndAgo.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + TimeAndAgo.class.getName() + " sets both time and ago; set one."),
                Arguments.of(BadResource.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + BadResource.class.getName() + ": resource 'audit' is not TYPE=NAME"),
                Arguments.of(BadSeedAccount.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + BadSeedAccount.class.getName() + " is invalid: accountId '12' is not an account ID"),
                Arguments.of(BadSeedRegion.class, "@SeedEvent(eventName = \"StopLogging\") on "
                        + BadSeedRegion.class.getName() + " is invalid: region 'Mars' is not a Region name"),
                Arguments.of(MissingSeedFile.class, "@SeedEvents(\"classpath:cloudtrail/nope.json\") on "
                        + MissingSeedFile.class.getName() + " cannot be loaded: no resource cloudtrail/nope.json"));
    }

    @ParameterizedTest
    @MethodSource("classesThatCannotStart")
    void aBadClassLevelSettingFailsTheClassBeforeAnyTestRuns(Class<?> scenario, String message) {
        Scenarios.assertFailsToStart(scenario, message);
    }

    @Test
    void aBadFixedClockFailsOnlyItsMethod() {
        EngineExecutionResults results = Scenarios.run(BadFixedClock.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
        assertThat(Scenarios.testFailure(results, "badClock"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@FixedClock(\"tomorrow\") on " + BadFixedClock.class.getName()
                        + ".badClock() is not an ISO-8601 instant");
    }

    @Scenario
    @MockCloudTrail(clock = "yesterday")
    static class BadClock {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(lookupWindowDays = -1)
    static class NegativeWindow {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail(recordedEventsCap = 0)
    static class ZeroCap {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", time = "noon")
    static class BadSeedTime {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", ago = "2h")
    static class BadSeedAgo {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", ago = "PT2H", time = "2024-03-01T12:00:00Z")
    static class TimeAndAgo {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", resources = "audit")
    static class BadResource {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", accountId = "12")
    static class BadSeedAccount {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvent(eventName = "StopLogging", region = "Mars")
    static class BadSeedRegion {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    @SeedEvents("classpath:cloudtrail/nope.json")
    static class MissingSeedFile {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @MockCloudTrail
    static class BadFixedClock {
        @Test
        @FixedClock("tomorrow")
        void badClock() {
        }

        @Test
        void otherMethodsRun() {
        }
    }
}
