package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.regions.Region;

/**
 * Creates seeded trails and events in an engine, with messages that say which seed broke which rule.
 *
 * <pre>{@code
 * Seeding.seedAnnotated(engine, AuditTest.class, settings);
 * }</pre>
 */
final class Seeding {
    private Seeding() {
    }

    /**
     * Creates the trail in the given Region and account unless the seed names its own.
     *
     * @throws SeedRejected if CloudTrail would reject it
     */
    static void seed(CloudTrailEngine engine, TrailSeed seed, Region region, String accountId) {
        try {
            engine.seedTrail(seed, region.id(), accountId);
        } catch (CloudTrailApiException e) {
            throw new SeedRejected(seed, e.errorCode().code() + ": " + e.getMessage(), e);
        }
    }

    /** The builder's seeds (trails, then events), failing the class with a message naming the builder call. */
    static void seedAll(CloudTrailEngine engine, MockSettings settings) {
        for (TrailSeed seed : settings.seeds().trails()) {
            try {
                seed(engine, seed, settings.region(), settings.accountId());
            } catch (SeedRejected e) {
                throw new ExtensionConfigurationException("MockCloudTrailExtension.builder().seedTrail(" + seed
                        + ") is invalid: " + e.reason(), e);
            }
        }
        EventSeeding.seedAll(engine, settings.region(), settings.seeds());
    }

    /**
     * Prepares an engine for a test method: its {@link FixedClock} first, so that relative event times count
     * from it, then its seeds.
     */
    static void seedTest(CloudTrailEngine engine, Method method, MockSettings settings) {
        AnnotationSupport.findAnnotation(method, FixedClock.class).ifPresent(fixed ->
                clockOf(engine).fixAt(HistorySettings.instant(fixed.value(),
                        "@FixedClock(\"" + fixed.value() + "\") on " + name(method))));
        seedAnnotated(engine, method, settings);
    }

    /**
     * The {@link SeedTrail}s, then the {@link SeedEvents} and {@link SeedEvent}s on a class or method, failing
     * it with a message naming the annotation.
     */
    static void seedAnnotated(CloudTrailEngine engine, AnnotatedElement element, MockSettings settings) {
        for (SeedTrail annotation : SeedTrailAnnotations.on(element)) {
            try {
                seed(engine, SeedTrailAnnotations.toSeed(annotation), settings.region(), settings.accountId());
            } catch (SeedRejected e) {
                throw new ExtensionConfigurationException(SeedTrailAnnotations.describe(annotation) + " on "
                        + name(element) + " is invalid: " + e.reason(), e);
            }
        }
        EventSeeding.seedAnnotated(engine, settings.region(), element);
    }

    /** The engine's clock: a mock's engines are built with a {@link MockClock} (see {@link HistorySettings}). */
    static MockClock clockOf(CloudTrailEngine engine) {
        return (MockClock) engine.options().clock();
    }

    static String name(AnnotatedElement element) {
        if (element instanceof Method method) {
            return method.getDeclaringClass().getName() + "." + method.getName() + "()";
        }
        return ((Class<?>) element).getName();
    }
}
