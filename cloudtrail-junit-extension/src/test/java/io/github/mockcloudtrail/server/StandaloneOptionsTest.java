package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mockcloudtrail.engine.Organization;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandaloneOptionsTest {

    @Test
    void defaultsToPort4599TheUsEast1RegionAndTheDefaultAccount() {
        StandaloneOptions options = StandaloneOptions.parse();

        assertThat(options.port()).isEqualTo(4599);
        assertThat(options.region()).isEqualTo("us-east-1");
        assertThat(options.engineOptions().defaultAccountId()).isEqualTo("123456789012");
        assertThat(options.engineOptions().organization()).isEmpty();
    }

    @Test
    void readsEveryOption() {
        StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--region", "eu-west-1",
                "--account", "111111111111", "--organization", "111111111111:222222222222,333333333333");

        assertThat(options.port()).isZero();
        assertThat(options.region()).isEqualTo("eu-west-1");
        assertThat(options.engineOptions().defaultAccountId()).isEqualTo("111111111111");
        assertThat(options.engineOptions().organization())
                .contains(new Organization("111111111111", Set.of("222222222222", "333333333333")));
    }

    @Test
    void readsTheLookupWindowAndRepeatedSeedPaths() {
        StandaloneOptions options = StandaloneOptions.parse("--lookup-window-days", "0", "--seed-events", ".",
                "--seed-events", "pom.xml");

        assertThat(options.engineOptions().lookupWindow()).isZero();
        assertThat(options.seedEvents()).containsExactly(Path.of("."), Path.of("pom.xml"));
        assertThat(StandaloneOptions.parse().engineOptions().lookupWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(StandaloneOptions.parse().seedEvents()).isEmpty();
    }

    @Test
    void anOrganizationNeedsNoMembers() {
        assertThat(StandaloneOptions.parse("--organization", "111111111111").engineOptions().organization())
                .contains(new Organization("111111111111", Set.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port -1                        | --port must be a number from 0 to 65535, not '-1'",
        "--port 4599 --port               | Option --port needs a value",
        "--port --region                  | Option --port needs a value",
        "--region Frankfurt               | --region must be a Region name such as us-east-1, not 'Frankfurt'",
        "--account 12345678901a           | --account must be a 12-digit account ID, not '12345678901a'",
        "--organization 1:2               | --organization must be MANAGEMENT_ACCOUNT:MEMBER,MEMBER,...: ",
        "--organization 111111111111:111111111111 | --organization must be MANAGEMENT_ACCOUNT:MEMBER,MEMBER,...: ",
        "port 0                           | Unknown option 'port'",
        "--lookup-window-days -1          | --lookup-window-days must be 0 (no limit) or a number of days, not '-1'",
        "--lookup-window-days ninety      | --lookup-window-days must be 0 (no limit) or a number of days, not 'ninety'",
        "--seed-events /no/such/file.json | --seed-events names no file or folder: '/no/such/file.json'",
    })
    void rejectsBadArgumentsNamingTheOption(String arguments, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandaloneOptions.parse(arguments.split(" ")))
                .withMessageStartingWith(message);
    }
}
