package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.engine.EngineOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * A snapshot restored into another engine (as the extension forks an engine per concurrent test method)
 * carries the event history, the public keys that exist and the clock setting; after that the two engines'
 * histories are independent, though they share the snapshot's events.
 */
class ForkedHistoryTest {
    private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");
    private static final Caller CALLER = new Caller(EngineOptions.DEFAULT_ACCOUNT_ID, "us-east-1", "123456789012");

    private static CloudTrailEngine engine() {
        return new CloudTrailEngine(EngineOptions.builder().clock(MockClock.fixedAt(NOON)).build());
    }

    private static List<String> names(CloudTrailEngine engine) {
        LookupEventsResponse page = (LookupEventsResponse) engine.execute(Operation.LOOKUP_EVENTS, CALLER,
                LookupEventsRequest.builder().build());
        return page.events().stream().map(Event::eventName).filter(name -> !name.equals("LookupEvents")).toList();
    }

    @Test
    void aForkStartsFromTheSnapshotAndGoesItsOwnWay() {
        CloudTrailEngine original = engine();
        for (int i = 0; i < 100; i++) {
            original.history().seed(EventSeed.named("Seeded").time(NOON.minusSeconds(i)).build(), "us-east-1");
        }
        original.history().seed(EventSeed.named("Newest").build(), "us-east-1");
        ((MockClock) original.options().clock()).advance(Duration.ofHours(1));
        CloudTrailEngine.Snapshot baseline = original.snapshot();

        CloudTrailEngine fork = engine();
        fork.restore(baseline);
        fork.history().seed(EventSeed.named("OnlyInTheFork").build(), "us-east-1");
        original.history().seed(EventSeed.named("OnlyInTheOriginal").build(), "us-east-1");

        assertThat(fork.options().clock().instant()).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(names(fork)).startsWith("OnlyInTheFork", "Newest").doesNotContain("OnlyInTheOriginal").hasSize(50);
        assertThat(names(original)).startsWith("OnlyInTheOriginal", "Newest").doesNotContain("OnlyInTheFork");
        assertThat(fork.history().size(CALLER.accountId(), CALLER.region()))
                .isEqualTo(original.history().size(CALLER.accountId(), CALLER.region()));

        original.restore(baseline);
        assertThat(names(original)).startsWith("Newest").doesNotContain("OnlyInTheOriginal");
    }

    @Test
    void callsRecordedAfterAClearOrARestoreGoToTheHistoryInPlace() {
        CloudTrailEngine engine = engine();
        engine.execute(Operation.LIST_TRAILS, CALLER, ListTrailsRequest.builder().build());
        CloudTrailEngine.Snapshot oneCall = engine.snapshot();
        engine.execute(Operation.DESCRIBE_TRAILS, CALLER, DescribeTrailsRequest.builder().build());

        engine.restore(oneCall);
        engine.execute(Operation.LIST_PUBLIC_KEYS, CALLER, ListPublicKeysRequest.builder().build());
        assertThat(names(engine)).containsExactly("ListPublicKeys", "ListTrails");

        engine.history().clear();
        engine.execute(Operation.DESCRIBE_TRAILS, CALLER, DescribeTrailsRequest.builder().build());
        assertThat(names(engine)).containsExactly("DescribeTrails");
        assertThat(engine.history().size(CALLER.accountId(), CALLER.region())).as("the call and the lookup after it").isEqualTo(2);
    }
}
