package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidHomeRegionException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.PutEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * {@code PutEventSelectors} and {@code GetEventSelectors}: the default selector, what a put stores and echoes,
 * basic and advanced selectors replacing each other, and where and by whom selectors can be read and changed.
 */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
@SeedTrail(name = "global", s3BucketName = "audit-logs", multiRegion = true)
// Varargs of SDK Consumer builders.
@SuppressWarnings("unchecked")
class EventSelectorsTest {
    static final String AUDIT = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";
    static final String GLOBAL = "arn:aws:cloudtrail:us-east-1:123456789012:trail/global";
    static final EventSelector DEFAULT = EventSelector.builder().readWriteType(ReadWriteType.ALL)
            .includeManagementEvents(true).dataResources(List.of())
            .excludeManagementEventSources(List.of()).build();
    static final EventSelector PAYROLL_WRITES = EventSelector.builder()
            .readWriteType(ReadWriteType.WRITE_ONLY)
            .includeManagementEvents(false)
            .dataResources(DataResource.builder().type("AWS::S3::Object").values("arn:aws:s3:::payroll/").build())
            .build();
    static final AdvancedEventSelector PAYROLL_UPLOADS = AdvancedEventSelector.builder()
            .name("Payroll uploads")
            .fieldSelectors(f -> f.field("eventCategory").equalsValue("Data"),
                    f -> f.field("resources.type").equalsValue("AWS::S3::Object"),
                    f -> f.field("resources.ARN").startsWith("arn:aws:s3:::payroll/"),
                    f -> f.field("eventName").equalsValue("PutObject"))
            .build();

    @Test
    void aNewTrailHasTheDefaultSelector(CloudTrailClient client) {
        GetEventSelectorsResponse selectors = client.getEventSelectors(r -> r.trailName("audit"));

        assertThat(selectors.trailARN()).isEqualTo(AUDIT);
        assertThat(selectors.eventSelectors()).containsExactly(DEFAULT);
        assertThat(selectors.hasAdvancedEventSelectors()).isFalse();
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasCustomEventSelectors()).isFalse();
    }

    @Test
    void storesAndEchoesBasicSelectorsWithTheirDefaultsFilledIn(CloudTrailClient client) {
        PutEventSelectorsResponse put = client.putEventSelectors(r -> r.trailName("audit")
                .eventSelectors(PAYROLL_WRITES, EventSelector.builder().excludeManagementEventSources("kms.amazonaws.com").build()));

        EventSelector stored = EventSelector.builder().readWriteType(ReadWriteType.ALL).includeManagementEvents(true)
                .dataResources(List.of()).excludeManagementEventSources("kms.amazonaws.com").build();
        EventSelector payroll = PAYROLL_WRITES.toBuilder().excludeManagementEventSources(List.of()).build();
        assertThat(put.trailARN()).isEqualTo(AUDIT);
        assertThat(put.eventSelectors()).containsExactly(payroll, stored);
        assertThat(put.hasAdvancedEventSelectors()).isFalse();
        assertThat(client.getEventSelectors(r -> r.trailName("audit")).eventSelectors()).isEqualTo(put.eventSelectors());
    }

    @Test
    void hasCustomEventSelectorsOnceSelectorsArePut(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(DEFAULT));

        assertThat(client.getTrail(r -> r.name("audit")).trail().hasCustomEventSelectors()).isTrue();
        assertThat(client.describeTrails(r -> r.trailNameList("audit")).trailList())
                .extracting(Trail::hasCustomEventSelectors).containsExactly(true);
        assertThat(client.getTrail(r -> r.name("global")).trail().hasCustomEventSelectors()).isFalse();
    }

    @Test
    void advancedSelectorsReplaceBasicOnes(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(PAYROLL_WRITES));

        PutEventSelectorsResponse put = client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(PAYROLL_UPLOADS));

        assertThat(put.advancedEventSelectors()).containsExactly(PAYROLL_UPLOADS);
        assertThat(put.hasEventSelectors()).isFalse();
        GetEventSelectorsResponse selectors = client.getEventSelectors(r -> r.trailName("audit"));
        assertThat(selectors.advancedEventSelectors()).containsExactly(PAYROLL_UPLOADS);
        assertThat(selectors.hasEventSelectors()).isFalse();
    }

    @Test
    void basicSelectorsReplaceAdvancedOnes(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").advancedEventSelectors(PAYROLL_UPLOADS));

        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(DEFAULT));

        GetEventSelectorsResponse selectors = client.getEventSelectors(r -> r.trailName("audit"));
        assertThat(selectors.eventSelectors()).containsExactly(DEFAULT);
        assertThat(selectors.hasAdvancedEventSelectors()).isFalse();
        assertThat(client.getTrail(r -> r.name("audit")).trail().hasCustomEventSelectors()).isTrue();
    }

    @Test
    void aPutReplacesEverySelector(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(PAYROLL_WRITES, DEFAULT));

        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(DEFAULT));

        assertThat(client.getEventSelectors(r -> r.trailName("audit")).eventSelectors()).containsExactly(DEFAULT);
    }

    @Test
    void rejectsBothKindsInOneRequest(CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").eventSelectors(DEFAULT)
                .advancedEventSelectors(PAYROLL_UPLOADS)), InvalidEventSelectorsException.class, "InvalidEventSelectorsException")
                .isEqualTo("Give EventSelectors or AdvancedEventSelectors, not both: a trail has one kind or the other.");
    }

    @Test
    void rejectsARequestWithNeitherKind(CloudTrailClient client) {
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit")), InvalidEventSelectorsException.class,
                "InvalidEventSelectorsException")
                .isEqualTo("Give EventSelectors or AdvancedEventSelectors: the request has neither.");
    }

    @Test
    void aRejectedPutChangesNothing(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(PAYROLL_WRITES));

        assertRejected(() -> client.putEventSelectors(r -> r.trailName("audit").eventSelectors(DEFAULT,
                DEFAULT.toBuilder().readWriteType("read-only").build())), InvalidEventSelectorsException.class,
                "InvalidEventSelectorsException");

        assertThat(client.getEventSelectors(r -> r.trailName("audit")).eventSelectors())
                .extracting(EventSelector::readWriteType).containsExactly(ReadWriteType.WRITE_ONLY);
    }

    @Test
    void namesTheTrailByArn(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName(AUDIT).eventSelectors(PAYROLL_WRITES));

        assertThat(client.getEventSelectors(r -> r.trailName(AUDIT)).eventSelectors()).hasSize(1);
    }

    @Test
    void readsSelectorsByArnFromAnyRegion(CloudTrailClient client, CloudTrailMock mock) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(PAYROLL_WRITES));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(euWest.getEventSelectors(r -> r.trailName(AUDIT)).eventSelectors())
                    .extracting(EventSelector::readWriteType).containsExactly(ReadWriteType.WRITE_ONLY);
            assertThat(euWest.getEventSelectors(r -> r.trailName(GLOBAL)).trailARN()).isEqualTo(GLOBAL);
        }
    }

    @Test
    void changesSelectorsOnlyFromTheHomeRegion(CloudTrailClient client, CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.putEventSelectors(r -> r.trailName(GLOBAL).eventSelectors(PAYROLL_WRITES)),
                    InvalidHomeRegionException.class, "InvalidHomeRegionException")
                    .isEqualTo("Trail global was created in us-east-1 and can only be changed from there, not from eu-west-1.");
            assertRejected(() -> euWest.putEventSelectors(r -> r.trailName("global").advancedEventSelectors(PAYROLL_UPLOADS)),
                    InvalidHomeRegionException.class, "InvalidHomeRegionException");
        }
        assertThat(client.getEventSelectors(r -> r.trailName("global")).eventSelectors()).containsExactly(DEFAULT);
    }

    @Test
    void aNameFindsNoTrailOfAnotherRegion(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.getEventSelectors(r -> r.trailName("audit")), TrailNotFoundException.class,
                    "TrailNotFoundException").isEqualTo("Unknown trail: audit for the user: 123456789012");
        }
    }

    @Test
    void rejectsUnknownAndMalformedTrails(CloudTrailClient client) {
        assertRejected(() -> client.getEventSelectors(r -> r.trailName("nope")), TrailNotFoundException.class,
                "TrailNotFoundException").contains("nope");
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("arn:aws:cloudtrail:us-east-1:123456789012:trail/nope")
                .eventSelectors(DEFAULT)), TrailNotFoundException.class, "TrailNotFoundException").contains("trail/nope");
        assertRejected(() -> client.putEventSelectors(r -> r.trailName("bad name").eventSelectors(DEFAULT)),
                InvalidTrailNameException.class, "InvalidTrailNameException");
        assertRejected(() -> client.getEventSelectors(r -> r.trailName("arn:aws:s3:::bucket")),
                InvalidTrailNameException.class, "InvalidTrailNameException").contains("is not a valid trail ARN");
    }

    @Test
    void requiresTheTrailName(CloudTrailClient client) {
        assertRejected(() -> client.getEventSelectors(r -> { }), CloudTrailException.class, "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 'trailName' failed to satisfy constraint:"
                        + " Member must not be null");
        assertRejected(() -> client.putEventSelectors(r -> r.eventSelectors(DEFAULT)), CloudTrailException.class,
                "ValidationException").contains("'trailName'");
    }

    @Test
    void aDeletedAndRecreatedTrailStartsWithTheDefaultSelector(CloudTrailClient client) {
        client.putEventSelectors(r -> r.trailName("audit").eventSelectors(PAYROLL_WRITES));
        client.deleteTrail(r -> r.name("audit"));

        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        assertThat(client.getEventSelectors(r -> r.trailName("audit")).eventSelectors()).containsExactly(DEFAULT);
    }
}
