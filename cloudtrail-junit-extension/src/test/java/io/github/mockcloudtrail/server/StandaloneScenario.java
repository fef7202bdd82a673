package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mockcloudtrail.junit.TestClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * What every run of the standalone server must do, whether started from classes or from the shaded
 * jar: announce itself once, serve the API, reset on {@code POST /_mock/reset}, stop on SIGTERM
 * without a word, and release its port.
 */
final class StandaloneScenario {
    private StandaloneScenario() {
    }

    static void exercise(ServerProcess server) throws IOException, InterruptedException {
        assertThat(server.readyLine()).isEqualTo("mock-cloudtrail listening on http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
        try (CloudTrailClient client = TestClients.forEndpoint(server.endpoint())) {
            client.createTrail(r -> r.name("audit").s3BucketName("audit-logs").isMultiRegionTrail(true));
            client.startLogging(r -> r.name("audit"));
            assertThat(client.describeTrails().trailList()).extracting(Trail::name).containsExactly("audit");
            assertThat(client.getTrailStatus(r -> r.name("audit")).isLogging()).isTrue();

            HttpResponse<String> reset = postReset(server.endpoint());
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(reset.body()).isEqualTo("{}");
            assertThat(client.describeTrails().trailList()).isEmpty();

            TrailNotFoundException gone = catchThrowableOfType(TrailNotFoundException.class,
                    () -> client.getTrail(r -> r.name("audit")));
            assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("TrailNotFoundException");
        }
        assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
        assertThat(server.outputAfterReadyLine()).as("stdout after the ready line").isEmpty();
        assertThat(server.stderr()).as("stderr").isEmpty();
        TestClients.assertRefusesConnections(server.endpoint());
    }

    /** {@code curl -X POST http://127.0.0.1:PORT/_mock/reset}. */
    static HttpResponse<String> postReset(URI endpoint) throws IOException, InterruptedException {
        HttpRequest reset = HttpRequest.newBuilder(endpoint.resolve("/_mock/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(reset, HttpResponse.BodyHandlers.ofString());
    }
}
