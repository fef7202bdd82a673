package io.github.mockcloudtrail.examples.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.junit.FixedClock;
import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedEvent;
import io.github.mockcloudtrail.junit.SeedEvents;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

class TrailChangeReportTest {

    /** Real CloudTrail log records of September 2014: someone created the trail "Default" and started it. */
    @Nested
    @MockCloudTrail(accountId = "974349055189", clock = "2014-09-27T09:00:00Z")
    @SeedEvents("classpath:cloudtrail/974349055189_CloudTrail_us-east-1_20140926T1130Z_trail-activity.json")
    class FromRealLogFiles {

        @Test
        void reportsWhoChangedTrailsInTheLastDay(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            TrailChangeReport report = new TrailChangeReport(cloudTrail, mock.clock());

            // Both calls happened in the same second, so their order is not defined.
            assertThat(report.changesInLast(Duration.ofDays(1))).containsExactlyInAnyOrder(
                    new TrailChange(Instant.parse("2014-09-26T11:26:19Z"), "user01", "StartLogging", "Default",
                            "192.0.2.9", true),
                    new TrailChange(Instant.parse("2014-09-26T11:26:19Z"), "user01", "CreateTrail", "Default",
                            "192.0.2.9", true));
            assertThat(report.loggingStoppedInLast(Duration.ofDays(1))).isEmpty();
        }

        @Test
        void aDayLaterThereIsNothingToReport(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            mock.clock().advance(Duration.ofDays(1));

            assertThat(new TrailChangeReport(cloudTrail, mock.clock()).changesInLast(Duration.ofDays(1))).isEmpty();
        }
    }

    /** The mock records the calls made through it, as CloudTrail does, so the report sees the test's own calls. */
    @Nested
    @MockCloudTrail(clock = "2024-03-01T12:00:00Z")
    @SeedTrail(name = "org-audit", s3BucketName = "audit-logs", logging = true)
    class FromCallsMadeInTheTest {

        @Test
        void reportsWhoStoppedLogging(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            mock.clock().advance(Duration.ofMinutes(30));
            cloudTrail.stopLogging(r -> r.name("org-audit"));
            mock.clock().advance(Duration.ofHours(2));

            TrailChangeReport report = new TrailChangeReport(cloudTrail, mock.clock());

            assertThat(report.loggingStoppedInLast(Duration.ofDays(1))).singleElement().satisfies(stop -> {
                assertThat(stop.user()).isEqualTo("mock-user");
                assertThat(stop.trail()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit");
                assertThat(stop.time()).isEqualTo(Instant.parse("2024-03-01T12:30:00Z"));
                assertThat(stop.succeeded()).isTrue();
            });
        }

        @Test
        @FixedClock("2024-03-04T08:00:00Z")
        @SeedEvent(eventName = "StopLogging", username = "mallory", ago = "PT3H",
                resources = "AWS::CloudTrail::Trail=arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit")
        void reportsAStopThatHappenedBeforeTheTest(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            // @FixedClock moves this test's clock; the seed's "ago" counts from it.
            TrailChangeReport report = new TrailChangeReport(cloudTrail, mock.clock());

            assertThat(report.loggingStoppedInLast(Duration.ofHours(6)))
                    .extracting(TrailChange::user, TrailChange::time, TrailChange::trail)
                    .containsExactly(tuple("mallory", Instant.parse("2024-03-04T05:00:00Z"),
                            "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit"));
            assertThat(report.loggingStoppedInLast(Duration.ofHours(2))).isEmpty();
        }

        @Test
        void reportsRefusedAttemptsToo(CloudTrailClient cloudTrail, CloudTrailMock mock) {
            Throwable refused = catchThrowable(() -> cloudTrail.deleteTrail(r -> r.name("other-trail")));
            assertThat(refused).isInstanceOf(TrailNotFoundException.class);

            assertThat(new TrailChangeReport(cloudTrail, mock.clock()).loggingStoppedInLast(Duration.ofHours(1)))
                    .extracting(TrailChange::action, TrailChange::succeeded)
                    .containsExactly(tuple("DeleteTrail", false));
        }
    }
}
