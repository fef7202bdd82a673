package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail
class FirstTrailTest {

    @Test
    void createsATrail(CloudTrailClient cloudTrail) {
        cloudTrail.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        assertThat(cloudTrail.describeTrails().trailList()).extracting(Trail::name).containsExactly("audit");
    }
}
