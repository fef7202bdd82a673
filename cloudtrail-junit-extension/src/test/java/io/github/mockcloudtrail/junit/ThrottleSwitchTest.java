package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCall;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ThrottlingException;

/**
 * {@code @MockCloudTrail(throttleLookupEvents = true)} switches the LookupEvents throttle on (its rule is
 * tested with a set clock in {@code LookupThrottleTest}): fifty calls as fast as a test makes them cannot
 * all fit in two per second; without the switch, none is throttled.
 */
class ThrottleSwitchTest {
    private static final int CALLS = 50;

    private static void callLookupEvents(CloudTrailClient client) {
        for (int i = 0; i < CALLS; i++) {
            try {
                client.lookupEvents(r -> { });
            } catch (AwsServiceException answered) {
                // Throttled or not, the journal tells.
            }
        }
    }

    @Nested
    @MockCloudTrail(throttleLookupEvents = true)
    class SwitchedOn {
        @Test
        void throttlesLookupEvents(CloudTrailClient client, CloudTrailMock mock) {
            callLookupEvents(client);

            assertThat(mock.calls().of(Operation.LOOKUP_EVENTS)).hasSize(CALLS)
                    .anyMatch(call -> call.error().filter("ThrottlingException"::equals).isPresent());
        }

        @Test
        void throttledCallsRaiseTheSdksThrottlingException(CloudTrailClient client) {
            ThrottlingException throttled = null;
            for (int i = 0; i < CALLS && throttled == null; i++) {
                try {
                    client.lookupEvents(r -> { });
                } catch (ThrottlingException e) {
                    throttled = e;
                } catch (AwsServiceException notThrottled) {
                    // let through
                }
            }
            assertThat(throttled).isNotNull();
            assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        }
    }

    @Nested
    @MockCloudTrail
    class Off {
        @Test
        void neverThrottles(CloudTrailClient client, CloudTrailMock mock) {
            callLookupEvents(client);

            assertThat(mock.calls().of(Operation.LOOKUP_EVENTS)).hasSize(CALLS)
                    .extracting(RecordedCall::errorCode).doesNotContain("ThrottlingException");
        }
    }
}
