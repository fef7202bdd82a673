package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.engine.history.EventHistory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Applies {@link SeedEvent} and {@link SeedEvents} annotations, and loads record files from
 * {@code classpath:} or file system locations for them and for the handle.
 */
final class EventSeeding {
    static final String CLASSPATH = "classpath:";

    private EventSeeding() {
    }

    /** Seeds the events a class (with inherited annotations) or a method declares. */
    static void seed(MockEndpoint endpoint, AnnotatedElement element, ClassLoader loader, String where) {
        for (SeedEvents files : AnnotationSupport.findAnnotation(element, SeedEvents.class).stream().toList()) {
            for (String location : files.value()) {
                try {
                    load(endpoint.engine().history(), location, loader, endpoint.region().id());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException("@SeedEvents(\"" + location + "\") on " + where
                            + " cannot be loaded: " + e.getMessage(), e);
                }
            }
        }
        List<SeedEvent> events = AnnotationSupport.findRepeatableAnnotations(element, SeedEvent.class);
        for (SeedEvent event : events) {
            String described = "@SeedEvent(eventName = \"" + event.eventName() + "\") on " + where;
            try {
                endpoint.seedEvent(toSeed(event, endpoint.clock(), described));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(described + " is invalid: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Seeds the records at a location.
     *
     * @throws IllegalArgumentException if the location names nothing, or a record cannot be read
     */
    static int load(EventHistory history, String location, ClassLoader loader, String defaultRegion) {
        if (!location.startsWith(CLASSPATH)) {
            return history.seed(Path.of(location), defaultRegion);
        }
        String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no resource " + resource + " on the class path");
        }
        if (url.getProtocol().equals("file")) {
            try {
                return history.seed(Path.of(url.toURI()), defaultRegion);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = url.openStream()) {
            return history.seed(in.readAllBytes(), location, defaultRegion);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    static EventSeed toSeed(SeedEvent annotation, Clock clock, String described) {
        EventSeed.Builder seed = EventSeed.named(annotation.eventName())
                .eventSource(annotation.eventSource())
                .username(annotation.username())
                .readOnly(annotation.readOnly())
                .category(annotation.category())
                .accessKeyId(emptyToNull(annotation.accessKeyId()))
                .region(emptyToNull(annotation.region()))
                .accountId(emptyToNull(annotation.accountId()))
                .eventId(emptyToNull(annotation.eventId()))
                .time(time(annotation, clock, described));
        for (String resource : annotation.resources()) {
            int equals = resource.indexOf('=');
            if (equals <= 0 || equals == resource.length() - 1) {
                throw new ExtensionConfigurationException(described + ": resource '" + resource
                        + "' is not TYPE=NAME, such as AWS::CloudTrail::Trail=arn:aws:cloudtrail:...:trail/audit.");
            }
            seed.resource(resource.substring(0, equals), resource.substring(equals + 1));
        }
        return seed.build();
    }

    private static Instant time(SeedEvent annotation, Clock clock, String described) {
        if (!annotation.time().isEmpty() && !annotation.ago().isEmpty()) {
            throw new ExtensionConfigurationException(described + " sets both time and ago; set one.");
        }
        if (!annotation.time().isEmpty()) {
            return HistorySettings.instant(annotation.time(), described + ": time \"" + annotation.time() + "\"");
        }
        if (annotation.ago().isEmpty()) {
            return null;
        }
        try {
            return clock.instant().minus(Duration.parse(annotation.ago()));
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException(described + ": ago \"" + annotation.ago()
                    + "\" is not an ISO-8601 duration such as PT2H or P3D.", e);
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
