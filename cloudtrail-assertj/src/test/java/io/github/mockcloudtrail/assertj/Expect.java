package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;

/**
 * Runs one assertion lambda twice, through the hard entry points and through {@link CloudTrailSoftAssertions},
 * and checks both outcomes: that it passes, or that it fails with exactly one failure with this message.
 *
 * <pre>{@code
 * Expect.fails(a -> a.assertThat(trail).isMultiRegion(), """
 *         Expecting trail "app" to be a multi-Region trail, but it is not.
 *         ...""");
 * }</pre>
 */
final class Expect {
    private Expect() {
    }

    static void passes(Consumer<CloudTrailSoftAssertionsProvider> assertions) {
        assertions.accept(HardAssertions.HARD);
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        assertions.accept(softly);
        assertThat(softly.errorsCollected()).as("soft failures").isEmpty();
    }

    /** @param message the failure's message without the line break AssertJ starts it with; lines end in \n */
    static void fails(Consumer<CloudTrailSoftAssertionsProvider> assertions, String message) {
        AssertionError hard = catchThrowableOfType(AssertionError.class, () -> assertions.accept(HardAssertions.HARD));
        assertThat(hard).as("hard failure").isNotNull();
        assertThat(normalized(hard.getMessage())).as("hard failure").isEqualTo("\n" + message);

        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        assertions.accept(softly);
        assertThat(softly.errorsCollected()).as("soft failures").hasSize(1);
        // AssertJ ends a collected failure's message with the line of the test that made it.
        String soft = normalized(softly.errorsCollected().get(0).getMessage());
        assertThat(soft).as("soft failure").startsWith("\n" + message + "\nat ");
        assertThat(soft.substring(message.length() + 2)).as("the test line after the soft failure").doesNotContain("\n");
    }

    private static String normalized(String message) {
        return message.replace(System.lineSeparator(), "\n");
    }
}
