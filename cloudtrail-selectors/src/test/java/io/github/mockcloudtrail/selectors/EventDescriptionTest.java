package io.github.mockcloudtrail.selectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mockcloudtrail.selectors.EventDescription.Category;
import io.github.mockcloudtrail.selectors.EventDescription.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/** Event descriptions read from real CloudTrail records (see {@code records/README.md}) and from LookupEvents results. */
class EventDescriptionTest {
    private static final String BUCKET = "mordors3stack-s3bucket-llp2yingx64a";

    @Test
    void readsAnS3DataEventWithItsObjectAndBucket() {
        EventDescription event = EventDescription.fromRecord(record("s3-get-object.json"));

        assertThat(event.eventSource()).isEqualTo("s3.amazonaws.com");
        assertThat(event.eventName()).isEqualTo("GetObject");
        assertThat(event.category()).isEqualTo(Category.DATA);
        assertThat(event.readOnly()).contains(true);
        assertThat(event.resources()).containsExactly(
                new Resource("AWS::S3::Object", "arn:aws:s3:::" + BUCKET + "/ring.txt"),
                new Resource("AWS::S3::Bucket", "arn:aws:s3:::" + BUCKET));
        assertThat(event.insightType()).isEmpty();
    }

    @Test
    void takesTheArnPrefixOfAListOperation() {
        EventDescription event = EventDescription.fromRecord(record("s3-list-objects.json"));

        assertThat(event.resources()).first().isEqualTo(new Resource("AWS::S3::Object", "arn:aws:s3:::" + BUCKET + "/"));
    }

    @Test
    void readsManagementEvents() {
        EventDescription launch = EventDescription.fromRecord(record("ec2-run-instances.json"));
        EventDescription describe = EventDescription.fromRecord(record("ec2-describe-instances.json"));

        assertThat(launch.category()).isEqualTo(Category.MANAGEMENT);
        assertThat(launch.readOnly()).contains(false);
        assertThat(describe.readOnly()).contains(true);
    }

    @Test
    void takesARecordWithoutEventCategoryAsAManagementEvent() {
        EventDescription decrypt = EventDescription.fromRecord(record("kms-decrypt.json"));

        assertThat(decrypt.category()).isEqualTo(Category.MANAGEMENT);
        assertThat(decrypt.eventSource()).isEqualTo("kms.amazonaws.com");
        assertThat(decrypt.resources()).extracting(Resource::type).containsExactly("AWS::KMS::Key");
    }

    @Test
    void readsTheCategoryOfRecordsThatPredateEventCategory() {
        assertThat(EventDescription.fromRecord("{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"PutObject\","
                + "\"managementEvent\":false}").category()).isEqualTo(Category.DATA);
        assertThat(EventDescription.fromRecord("{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\","
                + "\"eventType\":\"AwsCloudTrailInsight\",\"insightDetails\":{\"insightType\":\"ApiCallRateInsight\"}}"))
                .satisfies(insight -> {
                    assertThat(insight.category()).isEqualTo(Category.INSIGHT);
                    assertThat(insight.insightType()).contains("ApiCallRateInsight");
                });
    }

    @Test
    void leavesReadOnlyUnknownWhenTheRecordDoesNotSay() {
        assertThat(EventDescription.fromRecord("{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\"}")
                .readOnly()).isEmpty();
    }

    @Test
    void realRecordsMeetTheSelectorsTheyShould() {
        SelectorEvaluator bucketReads = SelectorEvaluator.ofEventSelectors(List.of(Selectors.basic(ReadWriteType.READ_ONLY,
                false, Selectors.data("AWS::S3::Object", "arn:aws:s3:::" + BUCKET + "/"))));
        SelectorEvaluator withoutKms = SelectorEvaluator.ofEventSelectors(List.of(Selectors.excluding("kms.amazonaws.com")));

        assertThat(bucketReads.wouldLog(EventDescription.fromRecord(record("s3-get-object.json")))).isTrue();
        assertThat(bucketReads.wouldLog(EventDescription.fromRecord(record("s3-list-objects.json")))).isTrue();
        assertThat(bucketReads.wouldLog(EventDescription.fromRecord(record("ec2-describe-instances.json")))).isFalse();
        assertThat(withoutKms.wouldLog(EventDescription.fromRecord(record("kms-decrypt.json")))).isFalse();
        assertThat(withoutKms.wouldLog(EventDescription.fromRecord(record("ec2-run-instances.json")))).isTrue();
    }

    @Test
    void readsALookupEventFromItsRecord() {
        String json = record("s3-get-object.json");
        Event event = Event.builder().eventName("GetObject").eventSource("s3.amazonaws.com").readOnly("true")
                .cloudTrailEvent(json).build();

        assertThat(EventDescription.fromLookupEvent(event)).isEqualTo(EventDescription.fromRecord(json));
    }

    @Test
    void readsALookupEventWithoutRecordFromItsMembers() {
        Event event = Event.builder().eventName("Decrypt").eventSource("kms.amazonaws.com").readOnly("true")
                .resources(lookupResource("AWS::KMS::Key", "arn:aws:kms:us-east-1:111111111111:key/k1"),
                        lookupResource("AWS::IAM::User", "alice"))
                .build();

        EventDescription description = EventDescription.fromLookupEvent(event);

        assertThat(description).isEqualTo(EventDescription.management("kms.amazonaws.com", "Decrypt").readOnly(true)
                .resource("AWS::KMS::Key", "arn:aws:kms:us-east-1:111111111111:key/k1").build());
    }

    @Test
    void rejectsTextThatIsNoRecord() {
        assertThatThrownBy(() -> EventDescription.fromRecord("{not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a CloudTrail record: the text is not valid JSON");
        assertThatThrownBy(() -> EventDescription.fromRecord("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> EventDescription.fromRecord("{\"eventName\":\"GetObject\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a CloudTrail record: it has no eventSource");
    }

    @Test
    void needsSourceNameAndCategory() {
        assertThatThrownBy(() -> EventDescription.builder().eventName("GetObject").category(Category.DATA).build())
                .isInstanceOf(NullPointerException.class).hasMessage("eventSource");
        assertThatThrownBy(() -> EventDescription.builder().eventSource("s3.amazonaws.com").eventName("GetObject").build())
                .isInstanceOf(NullPointerException.class).hasMessage("category");
    }

    @Test
    void namesCategoriesByTheirCloudTrailValues() {
        assertThat(Category.fromValue("Data")).contains(Category.DATA);
        assertThat(Category.fromValue("data")).isEmpty();
        assertThat(Category.INSIGHT).hasToString("Insight");
    }

    /** A resource as LookupEvents lists it: by type and name, the name an ARN only for some types. */
    private static software.amazon.awssdk.services.cloudtrail.model.Resource lookupResource(String type, String name) {
        return software.amazon.awssdk.services.cloudtrail.model.Resource.builder().resourceType(type).resourceName(name).build();
    }

    static String record(String name) {
        try (InputStream in = EventDescriptionTest.class.getResourceAsStream("/records/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
