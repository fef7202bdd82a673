package io.github.mockcloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

@MockCloudTrail
@SeedTrail(name = "seeded", logging = true, tags = {"owner=security", "flag"})
class SmokeTest {

    @Test
    void createsAndReadsTrails(CloudTrailClient client, CloudTrailMock mock) {
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs").isMultiRegionTrail(true));
        Trail trail = client.getTrail(r -> r.name("audit")).trail();
        assertThat(trail.trailARN()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
        assertThat(trail.homeRegion()).isEqualTo("us-east-1");
        assertThat(client.getTrailStatus(r -> r.name("seeded")).isLogging()).isTrue();
        assertThat(client.listTags(r -> r.resourceIdList("arn:aws:cloudtrail:us-east-1:123456789012:trail/seeded"))
                .resourceTagList().get(0).tagsList()).hasSize(2);
        TrailNotFoundException e = catchThrowableOfType(TrailNotFoundException.class,
                () -> client.getTrail(r -> r.name("nope")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TrailNotFoundException");
        System.out.println(mock + " " + client.describeTrails().trailList());
    }

    @Test
    void secondTestSeesOnlyTheSeeds(CloudTrailClient client) {
        assertThat(client.describeTrails().trailList()).extracting(Trail::name).containsExactly("seeded");
    }
}
