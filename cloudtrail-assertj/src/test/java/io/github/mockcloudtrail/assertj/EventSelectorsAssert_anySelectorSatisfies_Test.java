package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.Fixtures.FINE_GRAINED_SELECTORS;
import static io.github.mockcloudtrail.assertj.Fixtures.selectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

@SelectorTrails
class EventSelectorsAssert_anySelectorSatisfies_Test {

    /** A trail whose management reads and payroll data writes are logged by separate selectors. */
    @SuppressWarnings("unchecked") // the SDK's builders take varargs of Consumers
    private static GetEventSelectorsResponse splitSelectors(CloudTrailClient cloudTrail) {
        cloudTrail.deleteTrail(r -> r.name("data-only")); // five trails per Region at most
        cloudTrail.createTrail(r -> r.name("split").s3BucketName("split-logs"));
        cloudTrail.putEventSelectors(r -> r.trailName("split").eventSelectors(
                selector -> selector.readWriteType(ReadWriteType.READ_ONLY),
                selector -> selector.readWriteType(ReadWriteType.WRITE_ONLY).includeManagementEvents(false)
                        .dataResources(data -> data.type("AWS::S3::Object").values("arn:aws:s3:::payroll/"))));
        return selectors(cloudTrail, "split");
    }

    @Test
    void should_pass_if_one_selector_satisfies_the_requirements(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = splitSelectors(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anySelectorSatisfies(selector -> selector
                .hasReadWriteType(ReadWriteType.WRITE_ONLY)
                .hasDataResource("AWS::S3::Object", "arn:aws:s3:::payroll/")));
        // THEN
        outcome.shouldPass();
    }

    @Test
    void should_fail_with_each_selectors_failure_if_none_satisfies_them(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = splitSelectors(cloudTrail);
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anySelectorSatisfies(selector -> selector
                .hasReadWriteType(ReadWriteType.WRITE_ONLY)
                .includesManagementEvents()));
        // THEN
        outcome.shouldFailWith("""
                Expecting an event selector of trail "split" to satisfy the requirements, but none does:
                  Expecting event selector 1 of trail "split" to have ReadWriteType WriteOnly, but it has ReadOnly:
                    ReadWriteType ReadOnly; management events; no data events
                  Expecting event selector 2 of trail "split" to include management events, but it does not:
                    ReadWriteType WriteOnly; no management events; data events on AWS::S3::Object arn:aws:s3:::payroll/""");
    }

    @Test
    void should_fail_if_trail_has_no_basic_selectors(CloudTrailClient cloudTrail) {
        // GIVEN
        GetEventSelectorsResponse selectors = selectors(cloudTrail, "fine-grained");
        // WHEN
        HardAndSoft outcome = HardAndSoft.run(a -> a.assertThat(selectors).anySelectorSatisfies(
                selector -> selector.includesManagementEvents()));
        // THEN
        outcome.shouldFailWith("""
                Expecting trail "fine-grained" to have an event selector that satisfies the requirements, \
                but it has no event selectors.
                """ + FINE_GRAINED_SELECTORS);
    }
}
