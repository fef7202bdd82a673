package io.github.mockcloudtrail.engine.history;

import static io.github.mockcloudtrail.engine.history.LookupEventsRulesTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.MockClients;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvents;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/**
 * Real records seeded in every format, found where CloudTrail files them: under their own account and Region,
 * by a client signed for that Region with the account ID as access key. The records are years old, so the
 * lookup window is off.
 */
@MockCloudTrail(lookupWindowDays = 0, recordCalls = false)
@SeedEvents("classpath:cloudtrail/grycap-cloudtrail-tracker_us-east-1_selection.json")
class SeedingFormatsTest {
    private static final String GRYCAP = "974349055189";

    private static List<String> names(List<Event> events) {
        return events.stream().map(Event::eventName).toList();
    }

    private static List<Event> lookUp(CloudTrailMock mock, String account, Region region, String key, String value) {
        try (CloudTrailClient client = MockClients.as(mock, account, region)) {
            return client.lookupEventsPaginator(r -> r.lookupAttributes(attribute(key, value))).events().stream()
                    .toList();
        }
    }

    @Test
    void aPlainLogFileOnTheClassIsFiledUnderItsAccountAndRegion(CloudTrailClient cloudTrail, CloudTrailMock mock) {
        assertThat(cloudTrail.lookupEvents(r -> { }).events()).isEmpty();

        List<Event> trailCalls = lookUp(mock, GRYCAP, Region.US_EAST_1, "EventSource", "cloudtrail.amazonaws.com");
        assertThat(names(trailCalls)).hasSize(15).contains("CreateTrail", "StartLogging", "GetTrailStatus");
        Event create = trailCalls.stream().filter(e -> e.eventName().equals("CreateTrail")).findFirst().orElseThrow();
        assertThat(create.username()).isEqualTo("user01");
        assertThat(create.accessKeyId()).isEqualTo("ASIAIGOQVJMOAU443EWA");
        assertThat(create.readOnly()).as("2014 records carry no readOnly").isNull();
        assertThat(create.cloudTrailEvent()).startsWith("{\"eventVersion\":\"1.02\",\"userIdentity\":{\"type\":\"IAMUser\"")
                .contains("\"requestParameters\":{\"name\":\"Default\",\"includeGlobalServiceEvents\":true,"
                        + "\"s3KeyPrefix\":\"\",\"s3BucketName\":\"cursocloudaws-trail\"}");
    }

    @Test
    void derivesUserNamesResourcesAndReadOnlyFromTheRecords(CloudTrailMock mock) {
        assertThat(lookUp(mock, GRYCAP, Region.US_EAST_1, "Username", "root")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.cloudTrailEvent()).contains("\"type\":\"Root\""));
        assertThat(lookUp(mock, GRYCAP, Region.US_EAST_1, "Username", "elasticbeanstalk")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.cloudTrailEvent()).contains("\"type\":\"AssumedRole\""));
        List<Event> withResources = lookUp(mock, GRYCAP, Region.US_EAST_1, "ResourceType", "AWS::IAM::Role");
        assertThat(withResources).isNotEmpty().allSatisfy(event -> assertThat(event.resources())
                .extracting(Resource::resourceType).contains("AWS::IAM::Role"));
        String keyArn = withResources.get(0).resources().get(0).resourceName();
        assertThat(lookUp(mock, GRYCAP, Region.US_EAST_1, "ResourceName", keyArn)).isNotEmpty();
        assertThat(lookUp(mock, GRYCAP, Region.US_EAST_1, "ReadOnly", "true")).isNotEmpty();
    }

    @Test
    @SeedEvents("classpath:cloudtrail/012345678901_CloudTrail_ap-southeast-2_20220207T2220Z_plaso.json.gz")
    void aGzippedLogFileOnAMethod(CloudTrailMock mock) {
        List<Event> events = lookUp(mock, "012345678901", Region.AP_SOUTHEAST_2, "Username", "fakeusername");

        assertThat(names(events)).containsExactlyInAnyOrder("RunInstances", "DescribeInstances", "TerminateInstances");
        assertThat(lookUp(mock, "012345678901", Region.AP_SOUTHEAST_2, "ReadOnly", "true")).hasSize(1);
    }

    @Test
    void methodSeedsAreGoneInTheNextTest(CloudTrailMock mock) {
        assertThat(lookUp(mock, "012345678901", Region.AP_SOUTHEAST_2, "Username", "fakeusername")).isEmpty();
    }

    @Test
    @SeedEvents("classpath:cloudtrail/trailscraper-and-otrf.jsonl")
    void jsonLinesAndDataEventsThatEventHistoryDoesNotShow(CloudTrailMock mock) {
        assertThat(lookUp(mock, "111111111111", Region.EU_CENTRAL_1, "EventSource", "sts.amazonaws.com"))
                .extracting(Event::eventName).containsExactly("AssumeRole");
        assertThat(lookUp(mock, "123456789123", Region.US_EAST_1, "EventSource", "s3.amazonaws.com")).isEmpty();
        assertThat(lookUp(mock, "123456789123", Region.US_EAST_1, "EventSource", "ec2.amazonaws.com")).isNotEmpty();
    }

    @Test
    @SeedEvents("classpath:cloudtrail/lookup-events-output_sa-east-1.json")
    void savedLookupEventsOutputKeepsWhatEventHistoryReported(CloudTrailMock mock) {
        List<Event> events = lookUp(mock, GRYCAP, Region.SA_EAST_1, "ReadOnly", "true");

        assertThat(events).hasSize(6);
        assertThat(events).extracting(Event::eventTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(events.get(0).cloudTrailEvent()).startsWith("{\"eventVersion\":");
        assertThat(events).allSatisfy(event -> assertThat(event.username()).matches("user\\d\\d"));
    }

    @Test
    void theHandleSeedsAFolderOfGzippedAndPlainFiles(CloudTrailMock mock, @TempDir Path folder) throws IOException {
        String record = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2023-05-01T10:00:00Z\",\"eventSource\":"
                + "\"iam.amazonaws.com\",\"eventName\":\"%s\",\"awsRegion\":\"us-east-1\",\"eventID\":\"%s\","
                + "\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"ops\",\"accountId\":\"123456789012\"},"
                + "\"recipientAccountId\":\"123456789012\"}";
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("a.json.gz")))) {
            gz.write(("{\"Records\":[" + String.format(record, "CreateUser", "e1") + "]}").getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(folder.resolve("2023/05"));
        Files.writeString(folder.resolve("2023/05/b.jsonl"), String.format(record, "DeleteUser", "e2") + "\n"
                + String.format(record, "AttachUserPolicy", "e3").replaceAll("}$", ",\"note\":\"Zürich 東京 😀\"}")
                + "\n");
        Files.writeString(folder.resolve("README.md"), "not records");

        assertThat(mock.seedEvents(folder)).isEqualTo(3);
        assertThat(mock.seedEvents(folder)).as("records held already are skipped").isZero();
        List<Event> events = lookUp(mock, "123456789012", Region.US_EAST_1, "Username", "ops");
        assertThat(names(events)).containsExactlyInAnyOrder("CreateUser", "DeleteUser", "AttachUserPolicy");
        assertThat(events).filteredOn(event -> event.eventName().equals("AttachUserPolicy")).singleElement()
                .satisfies(event -> assertThat(event.cloudTrailEvent()).endsWith("\"note\":\"Zürich 東京 😀\"}"));
    }

    @Test
    void theHandleSeedsAClassPathLocation(CloudTrailMock mock) {
        assertThat(mock.seedEvents("classpath:cloudtrail/trailscraper-and-otrf.jsonl")).isEqualTo(6);
    }

    @Test
    void unreadableSeedsFailNamingTheFileAndRecord(CloudTrailMock mock, @TempDir Path folder) throws IOException {
        Path notJson = Files.writeString(folder.resolve("broken.json"), "{\"Records\":[{\"eventID\":");
        Path noTime = Files.writeString(folder.resolve("no-time.json"),
                "{\"Records\":[{\"eventID\":\"x\",\"eventName\":\"A\",\"eventSource\":\"s\"}]}");

        assertThatIllegalArgumentException().isThrownBy(() -> mock.seedEvents(notJson))
                .withMessageContaining("broken.json").withMessageContaining("not valid JSON");
        assertThatIllegalArgumentException().isThrownBy(() -> mock.seedEvents(noTime))
                .withMessageContaining("no-time.json: record 1 cannot be seeded: the record has no eventTime");
        assertThatIllegalArgumentException().isThrownBy(() -> mock.seedEvents(folder.resolve("missing.json")))
                .withMessageContaining("No such file or folder");
        assertThatIllegalArgumentException().isThrownBy(() -> mock.seedEvents("classpath:cloudtrail/missing.json"))
                .withMessageContaining("no resource cloudtrail/missing.json");
    }
}
