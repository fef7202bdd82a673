package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;

/**
 * The outcome of running one assertion lambda twice: through the hard entry points ({@link HardAssertions})
 * and through {@link CloudTrailSoftAssertions}. Tests then check that both passed, or that both failed with
 * the same single message.
 *
 * <pre>{@code
 * // WHEN
 * HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(trail).isMultiRegion());
 * // THEN
 * outcome.shouldFailWith("""
 *         Expecting trail "app-trail" to be a multi-Region trail, but it is not.
 *         ...""");
 * }</pre>
 */
final class HardAndSoft {
    private final AssertionError hardFailure;
    private final List<Throwable> softFailures;

    private HardAndSoft(AssertionError hardFailure, List<Throwable> softFailures) {
        this.hardFailure = hardFailure;
        this.softFailures = softFailures;
    }

    static HardAndSoft run(Consumer<CloudTrailSoftAssertionsProvider> assertions) {
        AssertionError hard = catchThrowableOfType(AssertionError.class, () -> assertions.accept(HardAssertions.HARD));
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();
        assertions.accept(softly);
        return new HardAndSoft(hard, softly.errorsCollected());
    }

    void shouldPass() {
        assertThat(hardFailure).as("hard failure").isNull();
        assertThat(softFailures).as("soft failures").isEmpty();
    }

    /**
     * Both runs failed once, with this message.
     *
     * @param message the message without the line break AssertJ starts it with, lines ending in \n
     */
    void shouldFailWith(String message) {
        assertThat(hardFailure).as("hard failure").isNotNull();
        assertThat(normalized(hardFailure.getMessage())).as("hard failure").isEqualTo("\n" + message);
        assertThat(softFailures).as("soft failures").hasSize(1);
        // AssertJ ends a collected failure's message with the line of the test that made it.
        String soft = normalized(softFailures.get(0).getMessage());
        assertThat(soft).as("soft failure").startsWith("\n" + message + "\nat ");
        assertThat(soft.substring(message.length() + 2)).as("the test's line after the soft failure").doesNotContain("\n");
    }

    private static String normalized(String message) {
        return message.replace(System.lineSeparator(), "\n");
    }
}
