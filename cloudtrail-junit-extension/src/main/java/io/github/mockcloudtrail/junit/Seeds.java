package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.TrailSeed;
import java.util.List;

/**
 * What {@code MockCloudTrailExtension.builder()} seeds every test with, before the test class's own
 * annotations: trails first, then the records of event files, then single events.
 *
 * <pre>{@code
 * new Seeds(List.of(TrailSeed.named("audit").build()), List.of("classpath:cloudtrail/"), List.of());
 * }</pre>
 *
 * @param trails trails, as {@code @SeedTrail}
 * @param eventFiles record files or folders, {@code classpath:PATH} or file system paths, as {@code @SeedEvents}
 * @param events events, as {@code @SeedEvent}
 */
record Seeds(List<TrailSeed> trails, List<String> eventFiles, List<EventSeed> events) {

    Seeds {
        trails = List.copyOf(trails);
        eventFiles = List.copyOf(eventFiles);
        events = List.copyOf(events);
    }

    static Seeds none() {
        return new Seeds(List.of(), List.of(), List.of());
    }
}
