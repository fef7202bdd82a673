package io.github.mockcloudtrail.engine.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared set of 12,614 real CloudTrail records, {@code ../shared/fixtures/cloudtrail/} beside the
 * repository (where CI clones it). Tests and the benchmark that need it skip with a reason when it is absent,
 * except under {@code CI=true}, where its absence is a failure.
 *
 * <pre>{@code
 * Path fixtures = SharedFixtures.folder().orElseThrow();
 * }</pre>
 */
public final class SharedFixtures {
    /** The number of records in the shared set, as its README states. */
    public static final int RECORDS = 12_614;

    private SharedFixtures() {
    }

    /** The folder, when it exists beside the repository (the nearest directory with {@code .git}) that runs this. */
    public static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                Path candidate = dir.resolveSibling("shared").resolve("fixtures").resolve("cloudtrail");
                return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Why the folder is missing, for skip and failure messages. */
    public static String missing() {
        return "The shared CloudTrail fixtures (../shared/fixtures/cloudtrail beside the repository) are absent.";
    }

    /** Whether a missing folder is a failure: under CI, which always has it. */
    public static boolean required() {
        return "true".equals(System.getenv("CI"));
    }
}
