package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.TrailSeed;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link SeedTrail} annotations into {@link TrailSeed}s. */
final class SeedTrailAnnotations {
    private SeedTrailAnnotations() {
    }

    /** The seeds on a class (including inherited ones) or a method, in declaration order. */
    static List<SeedTrail> on(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, SeedTrail.class);
    }

    static TrailSeed toSeed(SeedTrail annotation) {
        TrailSeed.Builder seed = TrailSeed.named(annotation.name())
                .s3BucketName(emptyToNull(annotation.s3BucketName()))
                .s3KeyPrefix(emptyToNull(annotation.s3KeyPrefix()))
                .snsTopicName(emptyToNull(annotation.snsTopicName()))
                .multiRegion(annotation.multiRegion())
                .includeGlobalServiceEvents(annotation.includeGlobalServiceEvents())
                .logFileValidation(annotation.logFileValidation())
                .kmsKeyId(emptyToNull(annotation.kmsKeyId()))
                .cloudWatchLogs(emptyToNull(annotation.cloudWatchLogsLogGroupArn()),
                        emptyToNull(annotation.cloudWatchLogsRoleArn()))
                .organizationTrail(annotation.organizationTrail())
                .logging(annotation.logging())
                .region(emptyToNull(annotation.region()))
                .accountId(emptyToNull(annotation.accountId()));
        for (String tag : annotation.tags()) {
            int equals = tag.indexOf('=');
            if (equals < 0) {
                seed.tag(tag, null);
            } else {
                seed.tag(tag.substring(0, equals), tag.substring(equals + 1));
            }
        }
        SelectorSeedAnnotations.addTo(seed, annotation);
        return seed.build();
    }

    /** How the annotation reads in source, for error messages. */
    static String describe(SeedTrail annotation) {
        return "@SeedTrail(name = \"" + annotation.name() + "\")";
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
