package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTagParameterException;
import software.amazon.awssdk.services.cloudtrail.model.OperationNotPermittedException;
import software.amazon.awssdk.services.cloudtrail.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.TagsLimitExceededException;

/** {@code AddTags}, {@code RemoveTags}, {@code ListTags} and the tags of {@code CreateTrail}. */
@MockCloudTrail
@SeedTrail(name = "audit", s3BucketName = "audit-logs")
class TaggingTest {
    private static final String AUDIT = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static List<Tag> tags(int count, String keyPrefix) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> tag(keyPrefix + i, "v" + i)).toList();
    }

    private static List<Tag> tagsOf(CloudTrailClient client, String arn) {
        return client.listTags(r -> r.resourceIdList(arn)).resourceTagList().get(0).tagsList();
    }

    private static void add(CloudTrailClient client, Tag... tags) {
        client.addTags(r -> r.resourceId(AUDIT).tagsList(tags));
    }

    @Test
    void createTrailStoresItsTagsList(CloudTrailClient client) {
        String arn = client.createTrail(r -> r.name("tagged").s3BucketName("audit-logs")
                .tagsList(tag("owner", "security"), tag("flag", null))).trailARN();

        assertThat(tagsOf(client, arn)).extracting(Tag::key, Tag::value)
                .containsExactly(tuple("owner", "security"), tuple("flag", null));
    }

    @Test
    void addTagsAddsAndOverwritesByKey(CloudTrailClient client) {
        add(client, tag("owner", "security"), tag("team", "audit"));

        add(client, tag("owner", "platform"), tag("cost-center", "42"));

        assertThat(tagsOf(client, AUDIT)).extracting(Tag::key, Tag::value).containsExactly(
                tuple("owner", "platform"), tuple("team", "audit"), tuple("cost-center", "42"));
    }

    @Test
    void storesAKeyWithoutValueWithANullValue(CloudTrailClient client) {
        add(client, tag("flag", null), tag("empty", ""));

        assertThat(tagsOf(client, AUDIT)).extracting(Tag::key, Tag::value)
                .containsExactly(tuple("flag", null), tuple("empty", ""));
    }

    @Test
    void acceptsTheDocumentedCharacters(CloudTrailClient client) {
        add(client, tag("Owner Name_1.2:3/4=5+6-7@8", "Équipe sécurité 42 _.:/=+-@"));

        assertThat(tagsOf(client, AUDIT)).extracting(Tag::key).containsExactly("Owner Name_1.2:3/4=5+6-7@8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner!", "owner#1", "owner*", "a,b", "owner\tname"})
    void rejectsKeysOutsideTheDocumentedPattern(String key, CloudTrailClient client) {
        assertRejected(() -> add(client, tag(key, "x")), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("Tag key '" + key + "' does not match ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a#b", "50%", "x;y"})
    void rejectsValuesOutsideTheDocumentedPattern(String value, CloudTrailClient client) {
        assertRejected(() -> add(client, tag("owner", value)), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("The value of tag 'owner' does not match");
    }

    @Test
    void acceptsKeysOf1To128AndValuesOfUpTo256UnicodeCharacters(CloudTrailClient client) {
        String scriptA = "\uD835\uDC9C";
        add(client, tag("k", ""), tag(scriptA.repeat(128), "v".repeat(256)));

        assertThat(tagsOf(client, AUDIT)).extracting(Tag::key).containsExactly("k", scriptA.repeat(128));
    }

    @Test
    void rejectsAnEmptyKey(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("", "x")), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("is 0 characters long; keys must be 1 to 128 characters");
    }

    @Test
    void rejectsAKeyLongerThan128Characters(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("k".repeat(129), "x")), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("is 129 characters long; keys must be 1 to 128 characters");
    }

    @Test
    void rejectsAValueLongerThan256Characters(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("owner", "v".repeat(257))), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("The value of tag 'owner' is 257 characters long; values may have at most 256 characters");
    }

    @Test
    void rejectsAKeyGivenTwiceWithDifferentValues(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("owner", "a"), tag("owner", "b")), InvalidTagParameterException.class,
                "InvalidTagParameterException")
                .contains("Tag key 'owner' is given twice with different values");
        add(client, tag("owner", "a"), tag("owner", "a"));
        assertThat(tagsOf(client, AUDIT)).extracting(Tag::key).containsExactly("owner");
    }

    @Test
    void requiresTagKeys(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("owner", "a"), Tag.builder().value("b").build()),
                CloudTrailException.class, "ValidationException")
                .isEqualTo("1 validation error detected: Value null at 'tagsList.2.member.key' failed to satisfy"
                        + " constraint: Member must not be null");
    }

    @Test
    void requiresTheResourceId(CloudTrailClient client) {
        assertRejected(() -> client.addTags(r -> r.tagsList(tag("owner", "a"))), CloudTrailException.class,
                "ValidationException")
                .contains("Value null at 'resourceId'");
        assertRejected(() -> client.removeTags(r -> r.tagsList(tag("owner", "a"))), CloudTrailException.class,
                "ValidationException")
                .contains("Value null at 'resourceId'");
        assertRejected(() -> client.listTags(r -> { }), CloudTrailException.class, "ValidationException")
                .contains("Value null at 'resourceIdList'");
    }

    @Test
    void allowsFiftyTagsPerTrail(CloudTrailClient client) {
        client.addTags(r -> r.resourceId(AUDIT).tagsList(tags(50, "k")));

        add(client, tag("k1", "overwritten"));

        assertThat(tagsOf(client, AUDIT)).hasSize(50).first().isEqualTo(tag("k1", "overwritten"));
    }

    @Test
    void rejectsTheFiftyFirstTag(CloudTrailClient client) {
        client.addTags(r -> r.resourceId(AUDIT).tagsList(tags(49, "k")));

        assertRejected(() -> add(client, tag("k49", "x"), tag("k50", "x"), tag("k51", "x")),
                TagsLimitExceededException.class, "TagsLimitExceededException")
                .contains("Trail audit would have 51 tags; the limit is 50 tags per trail");
        assertThat(tagsOf(client, AUDIT)).hasSize(49).contains(tag("k49", "v49"));
    }

    @Test
    void rejectsCreatingATrailWithFiftyOneTags(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("tagged").s3BucketName("logs").tagsList(tags(51, "k"))),
                TagsLimitExceededException.class, "TagsLimitExceededException")
                .contains("Trail tagged would have 51 tags");
        assertThat(client.describeTrails(r -> r.trailNameList("tagged")).trailList()).isEmpty();
    }

    @Test
    void aTrailWithOneBadTagIsNotCreated(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("tagged").s3BucketName("logs")
                .tagsList(tag("owner", "security"), tag("bad!", "x"))),
                InvalidTagParameterException.class, "InvalidTagParameterException")
                .contains("Tag key 'bad!'");
        assertThat(client.describeTrails(r -> r.trailNameList("tagged")).trailList()).isEmpty();
    }

    @Test
    void addTagsWithOneBadTagAddsNone(CloudTrailClient client) {
        assertRejected(() -> add(client, tag("owner", "security"), tag("team", "a#b")),
                InvalidTagParameterException.class, "InvalidTagParameterException")
                .contains("The value of tag 'team'");
        assertThat(tagsOf(client, AUDIT)).isEmpty();
    }

    @Test
    void removeTagsRemovesByKeyWhateverTheValue(CloudTrailClient client) {
        add(client, tag("owner", "security"), tag("team", "audit"), tag("flag", null));

        client.removeTags(r -> r.resourceId(AUDIT).tagsList(tag("owner", "someone-else"), tag("flag", null),
                tag("absent", null)));

        assertThat(tagsOf(client, AUDIT)).containsExactly(tag("team", "audit"));
    }

    @Test
    void listsTheTagsOfUpToTwentyTrails(CloudTrailClient client) {
        String other = client.createTrail(r -> r.name("other").s3BucketName("logs").tagsList(tag("owner", "x"))).trailARN();
        add(client, tag("team", "audit"));

        List<ResourceTag> listed = client.listTags(r -> r.resourceIdList(AUDIT, other)).resourceTagList();

        assertThat(listed).extracting(ResourceTag::resourceId).containsExactly(AUDIT, other);
        assertThat(listed).extracting(resource -> resource.tagsList().get(0).key()).containsExactly("team", "owner");
        assertThat(client.listTags(r -> r.resourceIdList(java.util.Collections.nCopies(20, AUDIT)))
                .resourceTagList()).hasSize(20);
    }

    @Test
    void rejectsListingTheTagsOfTwentyOneTrails(CloudTrailClient client) {
        assertRejected(() -> client.listTags(r -> r.resourceIdList(java.util.Collections.nCopies(21, AUDIT))),
                CloudTrailException.class, "ValidationException")
                .isEqualTo("1 validation error detected: Value with 21 elements at 'resourceIdList' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 20");
    }

    @Test
    void answersResourceNotFoundForAnUnknownTrail(CloudTrailClient client) {
        String unknown = "arn:aws:cloudtrail:us-east-1:123456789012:trail/unknown";

        assertRejected(() -> client.addTags(r -> r.resourceId(unknown).tagsList(tag("a", "b"))),
                ResourceNotFoundException.class, "ResourceNotFoundException").contains(unknown);
        assertRejected(() -> client.removeTags(r -> r.resourceId(unknown).tagsList(tag("a", "b"))),
                ResourceNotFoundException.class, "ResourceNotFoundException").contains(unknown);
        assertRejected(() -> client.listTags(r -> r.resourceIdList(AUDIT, unknown)),
                ResourceNotFoundException.class, "ResourceNotFoundException").contains(unknown);
    }

    @Test
    void answersResourceNotFoundForTheTrailOfAnotherAccount(CloudTrailMock mock) {
        try (CloudTrailClient other = MockClients.as(mock, "210987654321")) {
            assertRejected(() -> other.listTags(r -> r.resourceIdList(AUDIT)), ResourceNotFoundException.class,
                    "ResourceNotFoundException")
                    .contains("is not a trail of account 210987654321");
        }
    }

    @Test
    void tagsGoWithTheirTrail(CloudTrailClient client) {
        add(client, tag("owner", "security"));

        client.deleteTrail(r -> r.name("audit"));
        client.createTrail(r -> r.name("audit").s3BucketName("audit-logs"));

        assertThat(tagsOf(client, AUDIT)).isEmpty();
    }

    @Test
    void listsTheTagsOfAShadowTrailButChangesThemOnlyFromTheHomeRegion(CloudTrailClient client, CloudTrailMock mock) {
        client.updateTrail(r -> r.name("audit").isMultiRegionTrail(true));
        add(client, tag("owner", "security"));

        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertThat(tagsOf(euWest, AUDIT)).containsExactly(tag("owner", "security"));
            assertRejected(() -> euWest.addTags(r -> r.resourceId(AUDIT).tagsList(tag("team", "x"))),
                    OperationNotPermittedException.class, "OperationNotPermittedException")
                    .contains("was created in us-east-1 and can only be changed from there, not from eu-west-1");
            assertRejected(() -> euWest.removeTags(r -> r.resourceId(AUDIT).tagsList(tag("owner", null))),
                    OperationNotPermittedException.class, "OperationNotPermittedException")
                    .contains("not from eu-west-1");
        }
        assertThat(tagsOf(client, AUDIT)).containsExactly(tag("owner", "security"));
    }

    @Test
    void doesNotListTheTagsOfASingleRegionTrailOfAnotherRegion(CloudTrailMock mock) {
        try (CloudTrailClient euWest = MockClients.in(mock, Region.EU_WEST_1)) {
            assertRejected(() -> euWest.listTags(r -> r.resourceIdList(AUDIT)), ResourceNotFoundException.class,
                    "ResourceNotFoundException")
                    .contains("visible in eu-west-1");
        }
    }
}
