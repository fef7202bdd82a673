package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * Every one of the 12,614 real records of the shared fixture set loads, is filed under its own account and
 * Region, and is found by each attribute key it carries. This runs in-process (the engine takes and returns the
 * SDK's types): some records are filed under Regions the anonymizer made up, which no SigV4 client can sign
 * for, and some 75,000 lookups over HTTP would take minutes. Data events load but, as in CloudTrail's event
 * history, are not returned.
 */
class RealRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRecordLoadsAndIsFoundByEachAttributeKeyItCarries() throws IOException {
        Path folder = SharedFixtures.folder().orElse(null);
        if (folder == null) {
            if (SharedFixtures.required()) {
                fail(SharedFixtures.missing() + " CI=true needs them.");
            }
            Assumptions.abort(SharedFixtures.missing() + " Skipping the test over all real records.");
        }
        CloudTrailEngine engine = new CloudTrailEngine(EngineOptions.builder().lookupWindow(Duration.ZERO)
                .recordCalls(false).build());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        int loaded = 0;
        List<JsonNode> records = new ArrayList<>();
        for (Path file : files) {
            int added = engine.history().seed(file, "us-east-1");
            JsonNode fileRecords = JSON.readTree(file.toFile()).path("Records");
            assertThat(added).as("records added from %s", file.getFileName()).isEqualTo(fileRecords.size());
            fileRecords.forEach(records::add);
            loaded += added;
        }
        assertThat(loaded).isEqualTo(SharedFixtures.RECORDS);

        int lookups = 0;
        int dataEvents = 0;
        for (JsonNode record : records) {
            Caller caller = callerOf(record);
            Instant time = Instant.parse(record.path("eventTime").asText());
            Map<String, List<String>> keys = keysOf(record);
            if ("Data".equals(record.path("eventCategory").asText())) {
                dataEvents++;
                assertThat(lookUp(engine, caller, time, "EventId", record.path("eventID").asText())).isEmpty();
                continue;
            }
            for (Map.Entry<String, List<String>> key : keys.entrySet()) {
                for (String value : key.getValue().stream().filter(v -> !v.isEmpty()).toList()) {
                    List<Event> found = lookUp(engine, caller, time, key.getKey(), value);
                    lookups++;
                    assertThat(found).as("%s=%s of %s", key.getKey(), value, record.path("eventID").asText())
                            .extracting(Event::eventId).contains(record.path("eventID").asText());
                }
            }
        }
        assertThat(dataEvents).isEqualTo(4);
        assertThat(lookups).isGreaterThan(SharedFixtures.RECORDS * 4);
    }

    /** Where CloudTrail files a record: its recipient account (else its user's account) and its Region. */
    private static Caller callerOf(JsonNode record) {
        String account = record.path("recipientAccountId").asText(
                record.path("userIdentity").path("accountId").asText(EngineOptions.DEFAULT_ACCOUNT_ID));
        return new Caller(account, record.path("awsRegion").asText(), account);
    }

    /** The attribute keys a record carries, with the values event history shows for them. */
    private static Map<String, List<String>> keysOf(JsonNode record) {
        JsonNode identity = record.path("userIdentity");
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("EventId", List.of(record.path("eventID").asText()));
        keys.put("EventName", List.of(record.path("eventName").asText()));
        keys.put("EventSource", List.of(record.path("eventSource").asText()));
        if (record.path("readOnly").isBoolean()) {
            keys.put("ReadOnly", List.of(record.path("readOnly").asText()));
        }
        if (!identity.path("accessKeyId").asText().isEmpty()) {
            keys.put("AccessKeyId", List.of(identity.path("accessKeyId").asText()));
        }
        String type = identity.path("type").asText();
        String user = type.equals("Root") ? "root" : identity.has("userName") ? identity.path("userName").asText()
                : type.equals("AssumedRole") || type.equals("FederatedUser")
                        ? identity.path("arn").asText().replaceAll(".*/", "") : identity.path("invokedBy").asText();
        if (!user.isEmpty()) {
            keys.put("Username", List.of(user));
        }
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        record.path("resources").forEach(resource -> {
            if (!resource.path("ARN").asText().isEmpty()) {
                names.add(resource.path("ARN").asText());
                if (!resource.path("type").asText().isEmpty()) {
                    types.add(resource.path("type").asText());
                }
            }
        });
        if (!names.isEmpty()) {
            keys.put("ResourceName", names);
            keys.put("ResourceType", types);
        }
        return keys;
    }

    /** Every event at the record's second with the attribute, paging through all pages. */
    private static List<Event> lookUp(CloudTrailEngine engine, Caller caller, Instant time, String key, String value) {
        List<Event> events = new ArrayList<>();
        String token = null;
        do {
            LookupEventsRequest request = LookupEventsRequest.builder()
                    .lookupAttributes(LookupAttribute.builder().attributeKey(key).attributeValue(value).build())
                    .startTime(time).endTime(time).nextToken(token).build();
            LookupEventsResponse page = (LookupEventsResponse) engine.execute(Operation.LOOKUP_EVENTS, caller, request);
            events.addAll(page.events());
            token = page.nextToken();
        } while (token != null);
        return events;
    }
}
