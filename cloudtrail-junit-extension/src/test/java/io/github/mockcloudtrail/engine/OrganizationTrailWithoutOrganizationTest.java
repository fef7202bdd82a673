package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.OrganizationsNotInUseException;

/** Without an organization, no account may have organization trails. */
@MockCloudTrail
class OrganizationTrailWithoutOrganizationTest {

    @Test
    void rejectsCreatingAnOrganizationTrail(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("org").s3BucketName("logs").isOrganizationTrail(true)),
                OrganizationsNotInUseException.class, "OrganizationsNotInUseException")
                .contains("Account 123456789012 is not in an organization")
                .contains("Configure the mock with an organization");
        assertThat(client.describeTrails().trailList()).isEmpty();
    }

    @Test
    void rejectsMakingATrailAnOrganizationTrail(CloudTrailClient client) {
        client.createTrail(r -> r.name("audit").s3BucketName("logs"));

        assertRejected(() -> client.updateTrail(r -> r.name("audit").isOrganizationTrail(true)),
                OrganizationsNotInUseException.class, "OrganizationsNotInUseException")
                .contains("Account 123456789012 is not in an organization");
        assertThat(client.getTrail(r -> r.name("audit")).trail().isOrganizationTrail()).isFalse();
    }
}
