/**
 * The failure messages of the CloudTrail assertions, one factory class per kind of check, in the style of
 * AssertJ's {@code ShouldXxx} factories. Every message names the trail (or the events, record or calls), says what
 * was expected and what is instead, and prints the actual configuration as people read it: a trail's
 * settings one a line, selectors through {@code SelectorRenderer}, the evaluator's verdict on an event.
 *
 * <pre><code class='java'> throw assertionError(ShouldBeLogging.shouldBeLogging("org-audit", status));
 * // Expecting trail "org-audit" to be logging, but it is not.
 * // Status of trail "org-audit":
 * //   logging: no
 * //   started logging: 2024-03-01T12:00:00Z
 * //   stopped logging: 2024-03-01T12:30:00Z</code></pre>
 */
package io.github.mockcloudtrail.assertj.error;
