package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written reading of a credential scope finds what the pattern it stands for finds, at the same place:
 * on named headers and on a million generated ones built from the pattern's own pieces.
 */
class CredentialScopeReadingTest {
    private static final Pattern SCOPE =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request");
    private static final CredentialScope PREVIOUS = new CredentialScope("AKID", "us-east-1");
    private static final String[] PIECES = {"Credential=", "Credential=", "/", "/", "/", ",", " ", "\t", "\u000B",
        "\r\n", "aws4_request", "20240301", "2024030", "202403011", "us-east-1", "AKID", "cloudtrail", "x", "=",
        "AWS4-HMAC-SHA256 ", "Credential", "é", "0"};

    @ParameterizedTest
    @ValueSource(strings = {
        "AWS4-HMAC-SHA256 Credential=AKID/20240301/us-east-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=0",
        "Credential=AKID/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=AKID2/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=AKI/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=AKID/20240301/us-east-10/cloudtrail/aws4_request",
        "Credential=AKID/20240301/us-east-/cloudtrail/aws4_request",
        "Credential=/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=AKID/2024030/us-east-1/cloudtrail/aws4_request",
        "Credential=AKID/202403011/us-east-1/cloudtrail/aws4_request",
        "Credential=AKID/20240301//cloudtrail/aws4_request",
        "Credential=AKID/20240301/us-east-1//aws4_request",
        "Credential=AKID/20240301/us-east-1/cloudtrail/aws4_reques",
        "Credential=AKID/20240301/us-east-1/cloudtrail/aws4_requestANDMORE",
        "Credential=A KID/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=Credential=AKID/20240301/us-east-1/cloudtrail/aws4_request",
        "Credential=bad/x Credential=AKID/20240301/eu-west-3/cloudtrail/aws4_request",
        "Credential=AKID/20240301/us-east-1/cloudtrail/extra/aws4_request",
        "Credential=AKID/20240301/us-east-1/cloud,trail/aws4_request",
        "Credential=AKID/20240301/us-east-1/cloudtrail/aws4_request/",
        "Credential=ÄKID/20240301/us-east-1/cloudtrail/aws4_request",
        "", "Credential=", "Credential=AKID/20240301/us-east-1/cloudtrail/"})
    void agreesWithThePatternOnNamedHeaders(String header) {
        assertAgrees(header);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void agreesWithThePatternOnGeneratedHeaders(long seed) {
        Random random = new Random(seed);
        int found = 0;
        for (int i = 0; i < 250_000; i++) {
            found += assertAgrees(generated(random)) ? 1 : 0;
        }
        assertThat(found).as("generated headers that hold a scope").isGreaterThan(1_000);
    }

    /**
     * Asserts that both readings find the same key and Region, or both nothing, also when given a previous scope
     * (which is returned itself exactly when equal to the one found); returns whether they found one.
     */
    private static boolean assertAgrees(String header) {
        Matcher matcher = SCOPE.matcher(header);
        CredentialScope read = CredentialScope.find(header, null);
        CredentialScope readAfterPrevious = CredentialScope.find(header, PREVIOUS);
        if (matcher.find()) {
            CredentialScope expected = new CredentialScope(matcher.group(1), matcher.group(3));
            assertThat(read).as(header).isEqualTo(expected);
            assertThat(readAfterPrevious).as(header).isEqualTo(expected);
            assertThat(readAfterPrevious == PREVIOUS).as(header).isEqualTo(expected.equals(PREVIOUS));
            return true;
        }
        assertThat(read).as(header).isNull();
        assertThat(readAfterPrevious).as(header).isNull();
        return false;
    }

    /** A valid scope with a piece or two changed, or pieces strung together at random. */
    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            String[] parts = {"x ", "Credential=", "AKID", "/", "20240301", "/", "us-east-1", "/", "cloudtrail", "/",
                "aws4_request", ", S"};
            for (String part : parts) {
                text.append(random.nextInt(8) == 0 ? PIECES[random.nextInt(PIECES.length)] : part);
            }
        } else {
            for (int pieces = 1 + random.nextInt(14); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }
}
