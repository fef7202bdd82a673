package io.github.mockcloudtrail.examples.programmatic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.junit.MockCloudTrailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

class EndpointPerTestTest {

    // An instance field: every test method gets its own endpoint, started before it and stopped after it.
    @RegisterExtension
    final MockCloudTrailExtension cloudTrail = MockCloudTrailExtension.builder()
            .seedTrail(TrailSeed.named("org-audit").logging(true).build())
            .build();

    @Test
    void deletesTheTrail(CloudTrailClient client) {
        client.deleteTrail(r -> r.name("org-audit"));

        assertThat(client.describeTrails().trailList()).isEmpty();
    }

    @Test
    void stillHasTheTrail(CloudTrailClient client) {
        assertThat(client.describeTrails().trailList()).extracting(Trail::name).containsExactly("org-audit");
    }
}
