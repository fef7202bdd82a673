package io.github.mockcloudtrail.server;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Four whole selector configurations (two basic, two advanced) that stress threads put over each other, and
 * each one as {@code GetEventSelectors} renders it (defaults filled in), learnt once through a client: a
 * concurrent read must show exactly one of them, never a mix.
 *
 * <pre>{@code
 * SelectorConfigs configs = SelectorConfigs.learn(client, "scratch");
 * client.putEventSelectors(configs.put(2, "shared"));
 * assertThat(configs.indexOf(client.getEventSelectors(r -> r.trailName("shared")))).isNotNegative();
 * }</pre>
 */
final class SelectorConfigs {
    private static final List<PutEventSelectorsRequest> CONFIGS = List.of(
            PutEventSelectorsRequest.builder().eventSelectors(EventSelector.builder()
                    .readWriteType(ReadWriteType.WRITE_ONLY).includeManagementEvents(true)
                    .dataResources(d -> d.type("AWS::S3::Object").values("arn:aws:s3:::audit-logs/")).build()).build(),
            PutEventSelectorsRequest.builder().eventSelectors(EventSelector.builder()
                    .readWriteType(ReadWriteType.READ_ONLY).includeManagementEvents(false)
                    .dataResources(d -> d.type("AWS::Lambda::Function").values("arn:aws:lambda")).build(),
                    EventSelector.builder().excludeManagementEventSources("kms.amazonaws.com").build()).build(),
            PutEventSelectorsRequest.builder().advancedEventSelectors(AdvancedEventSelector.builder().name("S3 writes")
                    .fieldSelectors(f -> f.field("eventCategory").equalsValue("Data"),
                            f -> f.field("resources.type").equalsValue("AWS::S3::Object"),
                            f -> f.field("readOnly").equalsValue("false")).build()).build(),
            PutEventSelectorsRequest.builder().advancedEventSelectors(AdvancedEventSelector.builder()
                    .name("Management").fieldSelectors(f -> f.field("eventCategory").equalsValue("Management")).build())
                    .build());

    private final List<List<Object>> rendered;

    private SelectorConfigs(List<List<Object>> rendered) {
        this.rendered = rendered;
    }

    /** Puts each configuration on the trail and reads it back, leaving the trail with the first one. */
    static SelectorConfigs learn(CloudTrailClient client, String trail) {
        List<List<Object>> rendered = new ArrayList<>();
        for (int i = CONFIGS.size() - 1; i >= 0; i--) {
            client.putEventSelectors(CONFIGS.get(i).toBuilder().trailName(trail).build());
            rendered.add(0, shown(client.getEventSelectors(r -> r.trailName(trail))));
        }
        return new SelectorConfigs(rendered);
    }

    int size() {
        return CONFIGS.size();
    }

    PutEventSelectorsRequest put(int config, String trail) {
        return CONFIGS.get(config).toBuilder().trailName(trail).build();
    }

    /** Which configuration the answer shows, or -1 for none of them. */
    int indexOf(GetEventSelectorsResponse answer) {
        return rendered.indexOf(shown(answer));
    }

    private static List<Object> shown(GetEventSelectorsResponse answer) {
        return List.of(answer.eventSelectors(), answer.advancedEventSelectors());
    }
}
