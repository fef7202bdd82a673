package io.github.mockcloudtrail.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written Region-name and account-ID checks say what their patterns say: for names that are nearly
 * right (generated from an alphabet of the characters that matter), and for real ones.
 */
class ShapeChecksTest {
    private static final Pattern REGION = Pattern.compile(RegionNames.REGEX);
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final String ALPHABET = "aez-019A_ ";

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-3", "ap-southeast-2", "us-gov-west-1", "cn-north-1", "il-central-1",
            "ab-c-1", "ab-c-12", "ab-c-123", "abc-d-1", "a-b-1", "ab--c-1", "ab-c--1", "ab-c-", "ab-c1", "ab-1",
            "-ab-c-1", "ab-c-1-", "AB-c-1", "us_east_1", "us-east-1 ", "", "us-east-0x"})
    void agreeWithThePatternOnNamedCases(String candidate) {
        assertThat(RegionNames.isValid(candidate)).as(candidate).isEqualTo(REGION.matcher(candidate).matches());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreeWithThePatternsOnGeneratedStrings(long seed) {
        Random random = new Random(seed);
        int regions = 0;
        int accounts = 0;
        for (int i = 0; i < 200_000; i++) {
            String region = nearRegion(random);
            boolean isRegion = REGION.matcher(region).matches();
            assertThat(RegionNames.isValid(region)).as(region).isEqualTo(isRegion);
            regions += isRegion ? 1 : 0;
            String account = nearAccount(random);
            boolean isAccount = ACCOUNT_ID.matcher(account).matches();
            assertThat(AccountIds.isValid(account)).as(account).isEqualTo(isAccount);
            accounts += isAccount ? 1 : 0;
        }
        assertThat(regions).as("generated valid Region names").isGreaterThan(1_000);
        assertThat(accounts).as("generated valid account IDs").isGreaterThan(1_000);
    }

    /** A Region name with a few characters replaced, inserted or removed. */
    private static String nearRegion(Random random) {
        String[] real = {"us-east-1", "ap-southeast-2", "us-gov-west-1", "eu-central-12"};
        return mutate(new StringBuilder(real[random.nextInt(real.length)]), random, ALPHABET);
    }

    private static String nearAccount(Random random) {
        StringBuilder account = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            account.append((char) ('0' + random.nextInt(10)));
        }
        return mutate(account, random, "09a ");
    }

    private static String mutate(StringBuilder text, Random random, String alphabet) {
        int changes = random.nextInt(3);
        for (int change = 0; change < changes; change++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> {
                    if (text.length() > 0) {
                        text.setCharAt(at, c);
                    }
                }
                default -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
            }
        }
        return text.toString();
    }
}
