package io.github.mockcloudtrail.examples.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.Isolation;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

@MockCloudTrail(isolation = Isolation.SHARED)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrailLifecycleScenarioTest {

    @Test
    @Order(1)
    void create(CloudTrailClient cloudTrail) {
        String arn = cloudTrail.createTrail(r -> r.name("app-trail").s3BucketName("app-logs")).trailARN();

        assertThat(arn).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/app-trail");
        assertThat(cloudTrail.getTrailStatus(r -> r.name("app-trail")).isLogging()).isFalse();
    }

    @Test
    @Order(2)
    void start(CloudTrailClient cloudTrail) {
        cloudTrail.startLogging(r -> r.name("app-trail"));

        assertThat(cloudTrail.getTrailStatus(r -> r.name("app-trail")).isLogging()).isTrue();
    }

    @Test
    @Order(3)
    void delete(CloudTrailClient cloudTrail) {
        cloudTrail.deleteTrail(r -> r.name("app-trail"));

        assertThat(cloudTrail.describeTrails().trailList()).isEmpty();
    }
}
