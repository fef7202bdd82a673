package io.github.mockcloudtrail.examples.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail
@SeedTrail(name = "org-audit", logging = true)
class AsyncClientExampleTest {

    // Needs software.amazon.awssdk:netty-nio-client on the test class path (the SDK's service modules bring it).
    @Test
    void listsTrailsAsynchronously(CloudTrailAsyncClient cloudTrail) {
        assertThat(cloudTrail.describeTrails().join().trailList()).extracting(Trail::name).containsExactly("org-audit");
        assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).join().isLogging()).isTrue();
    }
}
