package io.github.mockcloudtrail.engine;

import static io.github.mockcloudtrail.engine.ApiErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailArnInvalidException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTypeNotSupportedException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/** The five trail-name rules, and trail ARNs wherever a trail name is taken. */
// Varargs of SDK Consumer builders.
@SuppressWarnings("unchecked")
@MockCloudTrail
class TrailNameRulesTest {
    private static final String ARN_PREFIX = "arn:aws:cloudtrail:us-east-1:123456789012:trail/";

    /** Every operation that names a trail by its {@code Name} (or {@code trailNameList}). */
    static Stream<Arguments> trailOperations() {
        return Stream.of(
                operation("GetTrail", (client, name) -> client.getTrail(r -> r.name(name))),
                operation("GetTrailStatus", (client, name) -> client.getTrailStatus(r -> r.name(name))),
                operation("UpdateTrail", (client, name) -> client.updateTrail(r -> r.name(name).enableLogFileValidation(true))),
                operation("StartLogging", (client, name) -> client.startLogging(r -> r.name(name))),
                operation("StopLogging", (client, name) -> client.stopLogging(r -> r.name(name))),
                operation("DeleteTrail", (client, name) -> client.deleteTrail(r -> r.name(name))),
                operation("CreateTrail", (client, name) -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs"))),
                operation("DescribeTrails", (client, name) -> client.describeTrails(r -> r.trailNameList(name))));
    }

    /** The operations that take a trail ARN in place of a name: all but {@code CreateTrail}. */
    static Stream<Arguments> arnOperations() {
        return trailOperations().filter(args -> !args.get()[0].equals("CreateTrail"));
    }

    /** The operations that find an existing trail, and answer {@code TrailNotFoundException} when there is none. */
    static Stream<Arguments> lookupOperations() {
        return arnOperations().filter(args -> !args.get()[0].equals("DescribeTrails"));
    }

    /** The tagging operations, which take trail ARNs as resource IDs. */
    static Stream<Arguments> taggingOperations() {
        return Stream.of(
                operation("AddTags", (client, arn) -> client.addTags(r -> r.resourceId(arn).tagsList(t -> t.key("k")))),
                operation("RemoveTags", (client, arn) -> client.removeTags(r -> r.resourceId(arn).tagsList(t -> t.key("k")))),
                operation("ListTags", (client, arn) -> client.listTags(r -> r.resourceIdList(arn))));
    }

    private static Arguments operation(String name, BiConsumer<CloudTrailClient, String> call) {
        return Arguments.of(name, call);
    }

    @Test
    void acceptsAsciiLettersNumbersPeriodsUnderscoresAndDashes(CloudTrailClient client) {
        client.createTrail(r -> r.name("Audit_2024.main-Trail9").s3BucketName("audit-logs"));

        Trail trail = client.getTrail(r -> r.name("Audit_2024.main-Trail9")).trail();
        assertThat(trail.trailARN()).isEqualTo(ARN_PREFIX + "Audit_2024.main-Trail9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit trail", "audit/trail", "audit:trail", "audit*", "trälla", "audit\u00a0trail"})
    void rejectsCharactersOtherThanAsciiLettersNumbersPeriodsUnderscoresAndDashes(String name, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("'" + name + "'")
                .contains("only ASCII letters, numbers, periods, underscores and dashes are allowed");
    }

    @Test
    void namesTheFirstCharacterThatIsNotAllowed(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("audit#1").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("contains '#' at position 6");
    }

    @Test
    void rejectsCharactersOutsideTheBasicPlaneWithoutFailingTheAnswer(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("audit\uD83D\uDE00").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("contains '\uD83D\uDE00' at position 6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-audit", "audit-", ".audit", "audit.", "_audit", "audit_"})
    void rejectsNamesThatDoNotStartAndEndWithALetterOrNumber(String name, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("'" + name + "'")
                .contains("must start and end with a letter or number");
    }

    @Test
    void rejectsNamesShorterThanThreeCharacters(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("ab").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("must be between 3 and 128 characters long, but has 2");
    }

    @Test
    void rejectsNamesLongerThan128Characters(CloudTrailClient client) {
        String name = "a".repeat(129);

        assertRejected(() -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("must be between 3 and 128 characters long, but has 129");
    }

    @Test
    void rejectsAnEmptyName(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name("").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("must be between 3 and 128 characters long, but has 0");
    }

    @Test
    void acceptsNamesOfThreeAndOf128Characters(CloudTrailClient client) {
        String longest = "a".repeat(128);

        client.createTrail(r -> r.name("abc").s3BucketName("audit-logs"));
        client.createTrail(r -> r.name(longest).s3BucketName("audit-logs"));

        assertThat(client.describeTrails().trailList()).extracting(Trail::name).containsExactlyInAnyOrder("abc", longest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-_namespace", "my--namespace", "my..namespace", "my._namespace", "my__namespace", "my-.namespace"})
    void rejectsAdjacentPeriodsUnderscoresOrDashes(String name, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("'" + name + "'")
                .contains("periods, underscores and dashes cannot be next to each other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.5.4", "10.0.0.1"})
    void rejectsNamesInIpAddressFormat(String name, CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name(name).s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("'" + name + "'")
                .contains("must not be in IP address format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024.01.31", "1.2.3.4.5", "10.0.0.1a", "a10.0.0.1", "10.0.0-1"})
    void acceptsDottedNumbersThatAreNotAnIpAddress(String name, CloudTrailClient client) {
        client.createTrail(r -> r.name(name).s3BucketName("audit-logs"));

        assertThat(client.getTrail(r -> r.name(name)).trail().name()).isEqualTo(name);
    }

    /** The IP address rule is checked by hand on every call that names a trail; it must read names as this does. */
    @Test
    void readsTheIpAddressFormAsItsPatternDoes() {
        Pattern ipAddress = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
        Random random = new Random(11);
        String alphabet = "0123456789....a-";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int length = 1 + random.nextInt(16); name.length() < length; ) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean ipMessage = TrailNameRule.violation(name.toString())
                    .filter(message -> message.contains("must not be in IP address format")).isPresent();
            assertThat(ipMessage).as(name.toString()).isEqualTo(ipAddress.matcher(name).matches());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trailOperations")
    void everyTrailOperationChecksTheNameRules(String operation, BiConsumer<CloudTrailClient, String> call,
            CloudTrailClient client) {
        assertRejected(() -> call.accept(client, "my--namespace"), InvalidTrailNameException.class,
                "InvalidTrailNameException")
                .contains("periods, underscores and dashes cannot be next to each other");
    }

    @Test
    void acceptsTheTrailArnWhereverATrailNameIsTaken(CloudTrailClient client) {
        String arn = client.createTrail(r -> r.name("audit").s3BucketName("audit-logs")).trailARN();

        assertThat(client.getTrail(r -> r.name(arn)).trail().name()).isEqualTo("audit");
        assertThat(client.describeTrails(r -> r.trailNameList(arn)).trailList()).extracting(Trail::name)
                .containsExactly("audit");
        client.updateTrail(r -> r.name(arn).s3KeyPrefix("by-arn"));
        client.startLogging(r -> r.name(arn));
        assertThat(client.getTrailStatus(r -> r.name(arn)).isLogging()).isTrue();
        client.stopLogging(r -> r.name(arn));
        assertThat(client.getTrailStatus(r -> r.name("audit")).isLogging()).isFalse();
        assertThat(client.getTrail(r -> r.name("audit")).trail().s3KeyPrefix()).isEqualTo("by-arn");
        client.deleteTrail(r -> r.name(arn));
        assertThat(client.describeTrails().trailList()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookupOperations")
    void everyLookupAnswersTrailNotFoundForAnUnknownNameOrArn(String operation,
            BiConsumer<CloudTrailClient, String> call, CloudTrailClient client) {
        assertRejected(() -> call.accept(client, "nope"), TrailNotFoundException.class, "TrailNotFoundException")
                .contains("Unknown trail: nope")
                .contains("123456789012");
        assertRejected(() -> call.accept(client, ARN_PREFIX + "nope"), TrailNotFoundException.class,
                "TrailNotFoundException")
                .contains("Unknown trail: " + ARN_PREFIX + "nope");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:cloudtrail:us-east-1:123456789012:trail/",
        "arn:aws:cloudtrail:us-east-1:123456789012:trail",
        "arn:aws:cloudtrail:us-east-1:123456789012",
        "arn:aws:s3:::audit-logs",
        "arn:aws:cloudtrail:us-east-1:12345:trail/audit",
        "arn:aws:cloudtrail:moon:123456789012:trail/audit",
        "arn:aws-cn:cloudtrail:us-east-1:123456789012:trail/audit",
        "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/audit"})
    void rejectsAMalformedTrailArnAsAnInvalidTrailName(String arn, CloudTrailClient client) {
        assertRejected(() -> client.getTrail(r -> r.name(arn)), InvalidTrailNameException.class,
                "InvalidTrailNameException")
                .contains("'" + arn + "'")
                .contains("arn:aws:cloudtrail:us-east-1:123456789012:trail/MyTrail");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arnOperations")
    void everyTrailOperationRejectsAMalformedArnAsAnInvalidTrailName(String operation,
            BiConsumer<CloudTrailClient, String> call, CloudTrailClient client) {
        assertRejected(() -> call.accept(client, "arn:aws:cloudtrail:us-east-1:123456789012:trail"),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("is not a valid trail ARN");
    }

    @Test
    void createTrailTakesANameOnly(CloudTrailClient client) {
        assertRejected(() -> client.createTrail(r -> r.name(ARN_PREFIX + "audit").s3BucketName("audit-logs")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("contains ':' at position 4");
    }

    @Test
    void checksTheNameRulesInsideATrailArn(CloudTrailClient client) {
        assertRejected(() -> client.getTrail(r -> r.name(ARN_PREFIX + "my--namespace")),
                InvalidTrailNameException.class, "InvalidTrailNameException")
                .contains("periods, underscores and dashes cannot be next to each other");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taggingOperations")
    void taggingRejectsAMalformedArnAsCloudTrailArnInvalid(String operation,
            BiConsumer<CloudTrailClient, String> call, CloudTrailClient client) {
        for (String malformed : new String[] {"audit", "arn:aws:cloudtrail:us-east-1:123456789012:trail/",
                "arn:aws:s3:::audit-logs", "arn:aws:cloudtrail:us-east-1:123:trail/audit"}) {
            assertRejected(() -> call.accept(client, malformed), CloudTrailArnInvalidException.class,
                    "CloudTrailARNInvalidException")
                    .contains("'" + malformed + "' is not a valid trail ARN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taggingOperations")
    void taggingRejectsACloudTrailArnThatIsNotATrail(String operation,
            BiConsumer<CloudTrailClient, String> call, CloudTrailClient client) {
        String eventDataStore = "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1";

        assertRejected(() -> call.accept(client, eventDataStore), ResourceTypeNotSupportedException.class,
                "ResourceTypeNotSupportedException")
                .contains("Resource type 'eventdatastore'")
                .contains("only trails");
    }
}
