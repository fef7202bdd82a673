package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * Failures of a trail's existence: a missing trail's message lists the trails that exist, an unexpected
 * trail's message shows its configuration.
 *
 * <pre><code class='java'> throw assertionError(ShouldHaveTrail.shouldHaveTrail("org-audit", "us-east-1", trailArns));
 * // Expecting trail "org-audit" in us-east-1, but CloudTrail does not know it.
 * // Trails that exist:
 * //   arn:aws:cloudtrail:us-east-1:123456789012:trail/app-trail</code></pre>
 */
public final class ShouldHaveTrail extends CloudTrailErrorMessageFactory {

    private ShouldHaveTrail(List<String> lines) {
        super(lines);
    }

    /**
     * No trail by that name or ARN.
     *
     * @param nameOrArn the trail looked for
     * @param region the Region it was looked for in
     * @param existingTrailArns the ARNs {@code ListTrails} lists there
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveTrail(String nameOrArn, String region, List<String> existingTrailArns) {
        List<String> lines = new ArrayList<>();
        lines.add("Expecting trail " + quote(nameOrArn) + " in " + region + ", but CloudTrail does not know it.");
        if (existingTrailArns.isEmpty()) {
            lines.add("Trails that exist: none");
        } else {
            lines.add("Trails that exist:");
            existingTrailArns.forEach(arn -> lines.add("  " + arn));
        }
        return new ShouldHaveTrail(lines);
    }

    /**
     * A trail that should not exist.
     *
     * @param nameOrArn the trail that should not exist
     * @param region the Region it was looked for in
     * @param trail the trail found
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotHaveTrail(String nameOrArn, String region, Trail trail) {
        return new ShouldHaveTrail(lines("Expecting no trail " + quote(nameOrArn) + " in " + region + ", but there is one.",
                Texts.configuration(trail)));
    }
}
