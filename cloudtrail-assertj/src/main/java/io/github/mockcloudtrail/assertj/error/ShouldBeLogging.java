package io.github.mockcloudtrail.assertj.error;

import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

/**
 * Failures of a trail's logging status, with the status.
 *
 * <pre><code class='java'> throw assertionError(ShouldBeLogging.shouldBeLogging("org-audit", status));
 * // Expecting trail "org-audit" to be logging, but it is not.
 * // Status of trail "org-audit":
 * //   logging: no
 * //   started logging: 2024-03-01T12:00:00Z
 * //   stopped logging: 2024-03-01T12:30:00Z</code></pre>
 */
public final class ShouldBeLogging extends CloudTrailErrorMessageFactory {

    private ShouldBeLogging(String trail, GetTrailStatusResponse status, String expectation) {
        super(lines("Expecting " + Texts.trail(trail) + " " + expectation + ".", Texts.status(trail, status)));
    }

    /**
     * A trail that is not logging.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param status the trail's status
     * @return the failure message
     */
    public static ErrorMessageFactory shouldBeLogging(String trail, GetTrailStatusResponse status) {
        return new ShouldBeLogging(trail, status, "to be logging, but it is not");
    }

    /**
     * A trail that is logging.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param status the trail's status
     * @return the failure message
     */
    public static ErrorMessageFactory shouldNotBeLogging(String trail, GetTrailStatusResponse status) {
        return new ShouldBeLogging(trail, status, "not to be logging, but it is");
    }

    /**
     * A trail whose status reports a delivery error.
     *
     * @param trail the trail's name or ARN, or null when not known
     * @param status the trail's status
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveNoDeliveryErrors(String trail, GetTrailStatusResponse status) {
        return new ShouldBeLogging(trail, status, "to report no delivery errors, but it reports "
                + String.join(", ", Texts.deliveryErrors(status).keySet()));
    }
}
