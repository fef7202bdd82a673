package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.history.EventHistory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
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
import software.amazon.awssdk.regions.Region;

/**
 * Applies {@link SeedEvent} and {@link SeedEvents} annotations and the builder's event seeds, and loads
 * record files from {@code classpath:} or file system locations for them and for the handle.
 *
 * <pre>{@code
 * EventSeeding.seedAnnotated(engine, Region.US_EAST_1, AuditTest.class);
 * }</pre>
 */
final class EventSeeding {
    static final String CLASSPATH = "classpath:";

    private EventSeeding() {
    }

    /**
     * Seeds the events a class (with inherited annotations) or a method declares into an engine; events
     * that name no Region are filed under {@code region}, relative times are read on the engine's clock.
     */
    static void seedAnnotated(CloudTrailEngine engine, Region region, AnnotatedElement element) {
        String where = Seeding.name(element);
        for (SeedEvents files : AnnotationSupport.findAnnotation(element, SeedEvents.class).stream().toList()) {
            for (String location : files.value()) {
                loadFor(engine, region, location, classLoader(element),
                        "@SeedEvents(\"" + location + "\") on " + where);
            }
        }
        List<SeedEvent> events = AnnotationSupport.findRepeatableAnnotations(element, SeedEvent.class);
        for (SeedEvent event : events) {
            String described = "@SeedEvent(eventName = \"" + event.eventName() + "\") on " + where;
            seedFor(engine, region, toSeed(event, engine.options().clock(), described), described);
        }
    }

    /** Seeds the builder's event files and events into an engine, failing with the builder call's name. */
    static void seedAll(CloudTrailEngine engine, Region region, Seeds seeds) {
        for (String location : seeds.eventFiles()) {
            loadFor(engine, region, location, contextClassLoader(),
                    "MockCloudTrailExtension.builder().seedEvents(\"" + location + "\")");
        }
        for (EventSeed event : seeds.events()) {
            seedFor(engine, region, event, "MockCloudTrailExtension.builder().seedEvent(" + event + ")");
        }
    }

    private static void loadFor(CloudTrailEngine engine, Region region, String location, ClassLoader loader,
            String described) {
        try {
            load(engine.history(), location, loader, region.id());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(described + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static void seedFor(CloudTrailEngine engine, Region region, EventSeed seed, String described) {
        try {
            engine.history().seed(seed, region.id());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(described + " is invalid: " + e.getMessage(), e);
        }
    }

    private static ClassLoader classLoader(AnnotatedElement element) {
        Class<?> type = element instanceof Method method ? method.getDeclaringClass() : (Class<?>) element;
        return type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    }

    /** The class loader {@code classpath:} locations of the handle and the builder are read with. */
    static ClassLoader contextClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : EventSeeding.class.getClassLoader();
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
