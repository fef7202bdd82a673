/**
 * AssertJ assertions for CloudTrail that read like the requirement they check, against the mock or real AWS.
 *
 * <p>Start from {@link io.github.mockcloudtrail.assertj.CloudTrailAssertions#assertThat} (or
 * {@link io.github.mockcloudtrail.assertj.CloudTrailBDDAssertions#then}, or softly with
 * {@link io.github.mockcloudtrail.assertj.CloudTrailSoftAssertions}):
 *
 * <pre><code class='java'>
 * assertThat(cloudTrail).trail("org-audit")          // any CloudTrailClient, or the mock's handle
 *     .isLogging()
 *     .isMultiRegion()
 *     .logsDataEventsFor("AWS::S3::Object", "arn:aws:s3:::payroll/2026/report.csv")
 *     .eventSelectors().hasSize(1).returnToTrail()
 *     .status().hasNoDeliveryErrors();
 *
 * assertThat(cloudTrail).eventHistory().filteredOnSource("cloudtrail.amazonaws.com")
 *     .containsEventNamed("StopLogging")
 *     .event(0).record().hasUserIdentityType("AssumedRole");
 *
 * assertThat(mock).received(Operation.STOP_LOGGING).withTrailName("org-audit").once();   // the mock's call journal</code></pre>
 *
 * <p>The assertions also take the AWS SDK answers a test already holds ({@code Trail}, {@code GetTrailResponse},
 * {@code GetTrailStatusResponse}, {@code GetEventSelectorsResponse}, ...). What selectors would log is decided
 * by the {@code SelectorEvaluator} of {@code cloudtrail-selectors}, the one the mock uses. Failure messages
 * come from {@link io.github.mockcloudtrail.assertj.error}.
 */
package io.github.mockcloudtrail.assertj;
