package io.github.mockcloudtrail.examples.history;

import java.time.Instant;

/**
 * One change to a CloudTrail trail, read from CloudTrail's event history.
 *
 * @param time when it happened
 * @param user who made it (the user name event history shows)
 * @param action the API call, such as {@code StopLogging}
 * @param trail the trail's name or ARN, as the call named it
 * @param sourceIp where the call came from
 * @param succeeded false when CloudTrail refused the call (the record carries an error code)
 */
public record TrailChange(Instant time, String user, String action, String trail, String sourceIp, boolean succeeded) {
}
