package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.server.ChildProcesses.Finished;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;

/** The standalone server seeds its event history from {@code --seed-events} and honours {@code --lookup-window-days}. */
class StandaloneEventSeedsTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(StandaloneEventSeedsTest.class.getClassLoader().getResource("cloudtrail/" + name).toURI());
    }

    private static List<String> serverCommand(String... args) {
        return ChildProcesses.mainOnTestClassPath(StandaloneServer.class, args);
    }

    private static List<Event> eventsOf(ServerProcess server, String account, Region region) {
        try (CloudTrailClient client = CloudTrailClient.builder().endpointOverride(server.endpoint()).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "any")))
                .httpClientBuilder(ApacheHttpClient.builder()).build()) {
            return client.lookupEventsPaginator(r -> r.lookupAttributes(LookupAttribute.builder()
                    .attributeKey("EventSource").attributeValue("cloudtrail.amazonaws.com").build())).events().stream()
                    .toList();
        }
    }

    @Test
    void seedsFilesAndFoldersAndLooksAtEventsOfAnyAgeWithAZeroWindow(@TempDir Path folder) throws Exception {
        Files.copy(resource("lookup-events-output_sa-east-1.json"), folder.resolve("lookup.json"));
        List<String> command = new ArrayList<>(List.of("--port", "0", "--lookup-window-days", "0",
                "--seed-events", resource("grycap-cloudtrail-tracker_us-east-1_selection.json").toString(),
                "--seed-events", folder.toString()));
        try (ServerProcess server = ServerProcess.start(serverCommand(command.toArray(String[]::new)))) {
            assertThat(eventsOf(server, "974349055189", Region.US_EAST_1)).hasSize(15);
            assertThat(eventsOf(server, "974349055189", Region.SA_EAST_1)).hasSize(6);
            assertThat(server.stop()).isEqualTo(ServerProcess.EXIT_ON_SIGTERM);
        }
    }

    @Test
    void theDefaultWindowOfNinetyDaysHidesOldRecords() throws Exception {
        try (ServerProcess server = ServerProcess.start(serverCommand("--port", "0", "--seed-events",
                resource("grycap-cloudtrail-tracker_us-east-1_selection.json").toString()))) {
            assertThat(eventsOf(server, "974349055189", Region.US_EAST_1)).isEmpty();
        }
    }

    @Test
    void anUnreadableSeedFileExitsWithStatusTwoAndNamesIt(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"Records\":[{");

        Finished run = ChildProcesses.run(serverCommand("--port", "0", "--seed-events", broken.toString()));

        assertThat(run.exitCode()).isEqualTo(StandaloneServer.EXIT_BAD_ARGUMENTS);
        assertThat(run.stderr()).startsWith("--seed-events: ").contains("broken.json").contains("not valid JSON");
        assertThat(run.stdout()).isEmpty();
    }
}
