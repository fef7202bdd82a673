/**
 * Would this trail log this event? One evaluator for CloudTrail's basic and advanced event selectors and
 * Insights selectors, taking the AWS SDK's model types, so it answers for the mock's trails and for real ones.
 *
 * <pre>{@code
 * GetEventSelectorsResponse selectors = cloudTrail.getEventSelectors(r -> r.trailName("audit"));
 * SelectorVerdict verdict = SelectorEvaluator.of(selectors).explain(EventDescription.fromRecord(recordJson));
 * System.out.println(SelectorRenderer.render(selectors));
 * System.out.println(verdict);
 * }</pre>
 *
 * <p>The only dependency is the AWS SDK's {@code cloudtrail} model (and its JSON parser, for records).
 */
package io.github.mockcloudtrail.selectors;
