package io.github.mockcloudtrail.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

@MockCloudTrail(region = "eu-west-1")
@SeedTrail(name = "org-audit", s3BucketName = "audit-logs", multiRegion = true, logFileValidation = true,
        logging = true, tags = {"owner=security", "cost-center=42"})
class SeededTrailsTest {

    @BeforeAll
    static void createSharedTrail(CloudTrailClient cloudTrail) {
        // Part of the baseline: every test starts with it.
        cloudTrail.createTrail(r -> r.name("app-trail").s3BucketName("app-logs"));
    }

    @Test
    @SeedTrail(name = "scratch", s3BucketName = "scratch-logs")
    void seesTheBaselinePlusItsOwnSeeds(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.describeTrails().trailList()).extracting(Trail::name)
                .containsExactlyInAnyOrder("org-audit", "app-trail", "scratch");
        cloudTrail.stopLogging(r -> r.name("org-audit"));
    }

    @Test
    void startsFromTheBaselineAgain(CloudTrailClient cloudTrail) {
        assertThat(cloudTrail.describeTrails().trailList()).extracting(Trail::name)
                .containsExactlyInAnyOrder("org-audit", "app-trail");
        assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).isLogging()).isTrue();
    }
}
