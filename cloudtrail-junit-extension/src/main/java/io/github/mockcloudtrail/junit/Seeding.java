package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import software.amazon.awssdk.regions.Region;

/** Creates seeded trails in an engine, with messages that say which seed broke which rule. */
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

    /** The builder's seeds, failing the class with a message naming the builder call. */
    static void seedAll(CloudTrailEngine engine, List<TrailSeed> seeds, MockSettings settings) {
        for (TrailSeed seed : seeds) {
            try {
                seed(engine, seed, settings.region(), settings.accountId());
            } catch (SeedRejected e) {
                throw new ExtensionConfigurationException("MockCloudTrailExtension.builder().seedTrail(" + seed
                        + ") is invalid: " + e.reason(), e);
            }
        }
    }

    /** The {@link SeedTrail}s on a class or method, failing it with a message naming the annotation. */
    static void seedAnnotated(CloudTrailEngine engine, AnnotatedElement element, MockSettings settings) {
        for (SeedTrail annotation : SeedTrailAnnotations.on(element)) {
            try {
                seed(engine, SeedTrailAnnotations.toSeed(annotation), settings.region(), settings.accountId());
            } catch (SeedRejected e) {
                throw new ExtensionConfigurationException(SeedTrailAnnotations.describe(annotation) + " on "
                        + name(element) + " is invalid: " + e.reason(), e);
            }
        }
    }

    static String name(AnnotatedElement element) {
        if (element instanceof Method method) {
            return method.getDeclaringClass().getName() + "." + method.getName() + "()";
        }
        return ((Class<?>) element).getName();
    }
}
