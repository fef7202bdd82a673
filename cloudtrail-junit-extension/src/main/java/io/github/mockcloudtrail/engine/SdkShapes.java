package io.github.mockcloudtrail.engine;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** Works on SDK shapes through their model metadata rather than member by member. */
final class SdkShapes {
    private SdkShapes() {
    }

    /**
     * Copies every member of {@code source} whose wire name the target builder's shape also has, and
     * returns the builder. {@code CreateTrailResponse} is the {@code Trail} shape minus a few members,
     * so it is rendered this way from the {@code Trail}.
     */
    static <B extends SdkPojo> B copyMembers(SdkPojo source, B targetBuilder) {
        Map<String, SdkField<?>> sourceFields = source.sdkFields().stream()
                .collect(Collectors.toMap(SdkField::locationName, Function.identity()));
        for (SdkField<?> target : targetBuilder.sdkFields()) {
            SdkField<?> from = sourceFields.get(target.locationName());
            if (from != null) {
                target.set(targetBuilder, from.getValueOrDefault(source));
            }
        }
        return targetBuilder;
    }
}
