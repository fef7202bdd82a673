package io.github.mockcloudtrail.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/** A seeded trail is what {@code CreateTrail} with its tags, then {@code StartLogging}, would have made. */
@MockCloudTrail
@SeedTrail(name = "seeded", logging = true, tags = {"owner=security", "flag"})
class SeededTrailTest {
    private static final String SEEDED = "arn:aws:cloudtrail:us-east-1:123456789012:trail/seeded";

    @Test
    void aSeededTrailHasTheDefaultBucketItsTagsAndIsLogging(CloudTrailClient client) {
        Trail trail = client.getTrail(r -> r.name("seeded")).trail();

        assertThat(trail.trailARN()).isEqualTo(SEEDED);
        assertThat(trail.s3BucketName()).isEqualTo("aws-cloudtrail-logs-123456789012");
        assertThat(client.getTrailStatus(r -> r.name("seeded")).isLogging()).isTrue();
        assertThat(client.listTags(r -> r.resourceIdList(SEEDED)).resourceTagList().get(0).tagsList())
                .extracting(Tag::key, Tag::value)
                .containsExactly(tuple("owner", "security"), tuple("flag", null));
    }
}
