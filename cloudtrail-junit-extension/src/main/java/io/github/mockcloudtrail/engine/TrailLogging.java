package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.engine.TrailLocator.NameScope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingResponse;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingResponse;

/**
 * {@code StartLogging}, {@code StopLogging} and {@code GetTrailStatus}.
 *
 * <p>Starting a trail that is already logging, or stopping one that is not, changes nothing, so the
 * times keep saying when logging last really started or stopped.
 */
final class TrailLogging {
    private final TrailLocator locator;
    private final Clock clock;

    TrailLogging(TrailLocator locator, Clock clock) {
        this.locator = locator;
        this.clock = clock;
    }

    StartLoggingResponse start(Caller caller, StartLoggingRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        if (!trail.logging) {
            trail.logging = true;
            trail.startedLogging = TrailState.LoggingTime.at(now());
        }
        return StartLoggingResponse.builder().build();
    }

    StopLoggingResponse stop(Caller caller, StopLoggingRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.VISIBLE);
        ChangeGuard.requireChangeable(trail, caller);
        if (trail.logging) {
            trail.logging = false;
            trail.stoppedLogging = TrailState.LoggingTime.at(now());
        }
        return StopLoggingResponse.builder().build();
    }

    /** A name finds only trails homed in the caller's Region; a shadow trail's status needs its ARN. */
    GetTrailStatusResponse status(Caller caller, GetTrailStatusRequest request) {
        TrailState trail = locator.require(Required.member(request.name(), "Name"), caller, NameScope.HOME_REGION);
        return GetTrailStatusResponse.builder()
                .isLogging(trail.logging)
                .startLoggingTime(trail.startedLogging.instant())
                .stopLoggingTime(trail.stoppedLogging.instant())
                .timeLoggingStarted(trail.startedLogging.legacyText())
                .timeLoggingStopped(trail.stoppedLogging.legacyText())
                .build();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
