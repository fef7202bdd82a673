package io.github.mockcloudtrail.server;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidInsightSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidMaxResultsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The trail lifecycle every client walks, the Java SDK here and the AWS CLI, boto3 and the JavaScript SDK in
 * their scripts under {@code src/test/clients/} (whose README lists the same steps): create with tags,
 * describe, get and list, tags, basic and advanced event selectors, Insights selectors, start, stop and
 * status, update, lookup by an attribute and page by page, public keys, documented errors, delete. It starts
 * from an empty account in us-east-1.
 *
 * <pre>{@code
 * ClientLifecycle.walk(SdkHttpClients.APACHE.client(endpoint, Region.US_EAST_1, "AKIAEXAMPLE"));
 * }</pre>
 */
final class ClientLifecycle {
    static final String AUDIT_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-audit";
    static final String SCRATCH_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-scratch";
    /** The writes before the lookups, newest first, as the events LookupEvents returns. */
    static final List<String> WRITES = List.of("UpdateTrail", "StopLogging", "StartLogging", "PutInsightSelectors",
            "PutEventSelectors", "PutEventSelectors", "RemoveTags", "AddTags", "CreateTrail", "CreateTrail");

    private ClientLifecycle() {
    }

    static void walk(CloudTrailClient client) {
        createDescribeAndList(client);
        tag(client);
        selectEvents(client);
        startAndStop(client);
        update(client);
        lookUp(client);
        listPublicKeys(client);
        rejectDocumentedErrors(client);
        delete(client);
    }

    private static void createDescribeAndList(CloudTrailClient client) {
        assertThat(client.createTrail(r -> r.name("client-audit").s3BucketName("audit-logs").isMultiRegionTrail(true)
                .tagsList(tag("owner", "security"), tag("stage", "test"))))
                .satisfies(created -> {
                    assertThat(created.trailARN()).isEqualTo(AUDIT_ARN);
                    assertThat(created.isMultiRegionTrail()).isTrue();
                });
        client.createTrail(r -> r.name("client-scratch").s3BucketName("scratch-logs"));

        assertThat(client.describeTrails(r -> r.trailNameList("client-audit")).trailList()).singleElement()
                .satisfies(trail -> {
                    assertThat(trail.homeRegion()).isEqualTo("us-east-1");
                    assertThat(trail.isMultiRegionTrail()).isTrue();
                });
        assertThat(client.getTrail(r -> r.name("client-audit")).trail().s3BucketName()).isEqualTo("audit-logs");
        assertThat(client.listTrails(r -> { }).trails()).extracting(t -> t.name())
                .containsExactlyInAnyOrder("client-audit", "client-scratch");
    }

    private static void tag(CloudTrailClient client) {
        assertThat(tags(client)).containsExactlyInAnyOrder(tuple("owner", "security"), tuple("stage", "test"));
        client.addTags(r -> r.resourceId(AUDIT_ARN).tagsList(tag("team", "ops")));
        client.removeTags(r -> r.resourceId(AUDIT_ARN).tagsList(Tag.builder().key("stage").build()));
        assertThat(tags(client)).containsExactlyInAnyOrder(tuple("owner", "security"), tuple("team", "ops"));
    }

    private static void selectEvents(CloudTrailClient client) {
        EventSelector basic = EventSelector.builder().readWriteType(ReadWriteType.WRITE_ONLY)
                .includeManagementEvents(true)
                .dataResources(d -> d.type("AWS::S3::Object").values("arn:aws:s3:::audit-logs/")).build();
        assertThat(client.putEventSelectors(r -> r.trailName("client-audit").eventSelectors(basic)).eventSelectors())
                .singleElement().satisfies(put -> assertThat(put.dataResources().get(0).values())
                        .containsExactly("arn:aws:s3:::audit-logs/"));
        assertThat(client.getEventSelectors(r -> r.trailName("client-audit")).eventSelectors()).singleElement()
                .satisfies(got -> assertThat(got.readWriteType()).isEqualTo(ReadWriteType.WRITE_ONLY));

        AdvancedEventSelector advanced = AdvancedEventSelector.builder().name("S3 writes")
                .fieldSelectors(f -> f.field("eventCategory").equalsValue("Data"),
                        f -> f.field("resources.type").equalsValue("AWS::S3::Object"),
                        f -> f.field("readOnly").equalsValue("false"))
                .build();
        client.putEventSelectors(r -> r.trailName("client-audit").advancedEventSelectors(advanced));
        GetEventSelectorsResponse selectors = client.getEventSelectors(r -> r.trailName("client-audit"));
        assertThat(selectors.advancedEventSelectors()).extracting(AdvancedEventSelector::name)
                .containsExactly("S3 writes");
        assertThat(selectors.eventSelectors()).isEmpty();

        client.putInsightSelectors(r -> r.trailName("client-audit").insightSelectors(i -> i.insightType(
                InsightType.API_CALL_RATE_INSIGHT)));
        assertThat(client.getInsightSelectors(r -> r.trailName("client-audit")).insightSelectors())
                .extracting(i -> i.insightType()).containsExactly(InsightType.API_CALL_RATE_INSIGHT);
    }

    private static void startAndStop(CloudTrailClient client) {
        client.startLogging(r -> r.name("client-audit"));
        assertThat(client.getTrailStatus(r -> r.name("client-audit")).isLogging()).isTrue();
        client.stopLogging(r -> r.name("client-audit"));
        GetTrailStatusResponse stopped = client.getTrailStatus(r -> r.name("client-audit"));
        assertThat(stopped.isLogging()).isFalse();
        assertThat(stopped.stopLoggingTime()).isAfterOrEqualTo(stopped.startLoggingTime());
    }

    private static void update(CloudTrailClient client) {
        assertThat(client.updateTrail(r -> r.name("client-audit").s3KeyPrefix("audit").enableLogFileValidation(true)))
                .satisfies(updated -> {
                    assertThat(updated.s3KeyPrefix()).isEqualTo("audit");
                    assertThat(updated.logFileValidationEnabled()).isTrue();
                });
    }

    private static void lookUp(CloudTrailClient client) {
        assertThat(client.lookupEvents(r -> r.lookupAttributes(a -> a.attributeKey(LookupAttributeKey.EVENT_NAME)
                .attributeValue("CreateTrail"))).events())
                .extracting(e -> e.resources().get(0).resourceName(), Event::username)
                .containsExactly(tuple(SCRATCH_ARN, "mock-user"), tuple(AUDIT_ARN, "mock-user"));

        List<Event> writes = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            LookupEventsResponse page = client.lookupEvents(r -> r.maxResults(3).nextToken(next)
                    .lookupAttributes(a -> a.attributeKey(LookupAttributeKey.READ_ONLY).attributeValue("false")));
            writes.addAll(page.events());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(4);
        assertThat(writes).extracting(Event::eventName).containsExactlyElementsOf(WRITES);
        assertThat(writes).extracting(Event::eventId).doesNotHaveDuplicates();
    }

    private static void listPublicKeys(CloudTrailClient client) {
        assertThat(client.listPublicKeys().publicKeyList()).singleElement().satisfies(key -> {
            assertThat(key.fingerprint()).matches("[0-9a-f]{32}");
            assertThat(key.value().asByteArray()).isNotEmpty();
            assertThat(key.validityStartTime()).isBefore(key.validityEndTime());
        });
    }

    private static void rejectDocumentedErrors(CloudTrailClient client) {
        assertRejected(() -> client.getTrail(r -> r.name("no-such-trail")), TrailNotFoundException.class,
                "TrailNotFoundException").contains("no-such-trail");
        assertRejected(() -> client.createTrail(r -> r.name("client-audit").s3BucketName("audit-logs")),
                TrailAlreadyExistsException.class, "TrailAlreadyExistsException");
        assertRejected(() -> client.createTrail(r -> r.name("bad name!").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException");
        assertRejected(() -> client.getInsightSelectors(r -> r.trailName("client-scratch")),
                InsightNotEnabledException.class, "InsightNotEnabledException");
        assertRejected(() -> client.lookupEvents(r -> r.startTime(Instant.parse("2024-03-02T00:00:00Z"))
                .endTime(Instant.parse("2024-03-01T00:00:00Z"))), InvalidTimeRangeException.class,
                "InvalidTimeRangeException");
        assertRejected(() -> client.lookupEvents(r -> r.maxResults(51)), InvalidMaxResultsException.class,
                "InvalidMaxResultsException");
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("client-audit")
                .eventSelectors(EventSelector.builder().build())
                .advancedEventSelectors(AdvancedEventSelector.builder().build())),
                InvalidEventSelectorsException.class, "InvalidEventSelectorsException");
        assertRejected(() -> client.putInsightSelectors(r -> r.trailName("client-audit")
                .insightSelectors(i -> i.insightType("ApiFooInsight"))), InvalidInsightSelectorsException.class,
                "InvalidInsightSelectorsException");
    }

    private static void delete(CloudTrailClient client) {
        client.deleteTrail(r -> r.name("client-audit"));
        client.deleteTrail(r -> r.name(SCRATCH_ARN));
        assertThat(client.describeTrails().trailList()).extracting(Trail::name).isEmpty();
        assertRejected(() -> client.getTrail(r -> r.name("client-audit")), TrailNotFoundException.class,
                "TrailNotFoundException");
    }

    private static List<Tuple> tags(CloudTrailClient client) {
        List<ResourceTag> resources = client.listTags(r -> r.resourceIdList(AUDIT_ARN)).resourceTagList();
        return resources.get(0).tagsList().stream().map(t -> tuple(t.key(), t.value())).toList();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
