package io.github.mockcloudtrail.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.EventSeed;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingRequest;

/**
 * A recorded call is filed from its parts, without writing and reading its record: what the history derives
 * must be exactly what it would derive from the record {@link RecordWriter} writes for the call, and the record
 * a lookup returns must be that record.
 */
class RecordedCallFieldsTest {
    private static final String TRAIL_TYPE = "AWS::CloudTrail::Trail";
    private static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";

    static Stream<RecordWriter.ApiCall> calls() {
        return Stream.of(
                call("GetTrailStatus", true, "ASIAMOCK000000000001", "mock-user", null, null,
                        GetTrailStatusRequest.builder().name("audit").build(), null,
                        List.of(new EventSeed.Resource(TRAIL_TYPE, TRAIL_ARN))),
                call("CreateTrail", false, "123456789012", "mock-user", null, null,
                        CreateTrailRequest.builder().name("audit").s3BucketName("logs").isMultiRegionTrail(true).build(),
                        CreateTrailResponse.builder().name("audit").trailARN(TRAIL_ARN).build(),
                        List.of(new EventSeed.Resource(TRAIL_TYPE, TRAIL_ARN))),
                call("StopLogging", false, "ASIAMOCK000000000002", "mock-user", "TrailNotFoundException",
                        "Unknown trail: nope", StopLoggingRequest.builder().name("nope").build(), null,
                        List.of(new EventSeed.Resource(TRAIL_TYPE, "arn:aws:cloudtrail:us-east-1:123456789012:trail/nope"))),
                // As seeds can be: no request, an empty user name and access key, resources with and without a type.
                call("RunInstances", false, "", "", null, null, null, null,
                        List.of(new EventSeed.Resource("", "i-0abc"), new EventSeed.Resource("AWS::EC2::Instance", "i-1"),
                                new EventSeed.Resource("AWS::EC2::Instance", ""))),
                call("DescribeTrails", true, "AKIDEXAMPLE", "alice", null, null, null, null, List.of()));
    }

    private static RecordWriter.ApiCall call(String eventName, boolean readOnly, String accessKeyId, String username,
            String errorCode, String errorMessage, software.amazon.awssdk.core.SdkPojo request,
            software.amazon.awssdk.core.SdkPojo response, List<EventSeed.Resource> resources) {
        return new RecordWriter.ApiCall("aws", "123456789012", "eu-west-1", accessKeyId, username,
                Instant.parse("2024-03-01T12:34:56.789Z"), "cloudtrail.amazonaws.com", eventName, readOnly, "127.0.0.1",
                "aws-sdk-java/2.41.28", "5e2a4f1c-0000-4000-8000-000000000001", "9b1d6c3e-0000-4000-8000-000000000002",
                errorCode, errorMessage, request, response, resources.stream()
                        .map(resource -> new ResourceRef(resource.type(), resource.name())).toArray(ResourceRef[]::new));
    }

    /** An event keeps one array of resources for its record and its lookups when every resource has a name. */
    @Test
    void keepsOneArrayOfResourcesWhenEachHasAName() {
        RecordFields fields = new RecordFields(new Interner(), "999999999999", "ap-south-1");
        List<RecordWriter.ApiCall> all = calls().toList();

        assertThat(fields.ofCall(all.get(0)).resources()).isSameAs(all.get(0).resources());
        assertThat(fields.ofCall(all.get(3)).resources()).isNotSameAs(all.get(3).resources()).hasSize(2);
        assertThat(fields.ofCall(all.get(4)).resources()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void derivesFromTheCallWhatItWouldDeriveFromTheCallsRecord(RecordWriter.ApiCall call) {
        RecordFields fields = new RecordFields(new Interner(), "999999999999", "ap-south-1");
        String record = RecordWriter.apiCall(call);

        ParsedEvent fromParts = fields.ofCall(call);
        ParsedEvent fromRecord = new RecordReader(fields).read(record, "the call's record").get(0);

        assertThat(fromParts).usingRecursiveComparison().ignoringFields("json", "call").isEqualTo(fromRecord);
        assertThat(fromParts.json()).isNull();
        assertThat(new StoredEvent(fromParts, 1, 1).json()).isEqualTo(record).isEqualTo(fromRecord.json());
    }

    /** Lookups on several threads may return a call's event before its record has been written. */
    @Test
    void writesTheSameRecordForThreadsThatReadItAtOnce() {
        RecordWriter.ApiCall call = calls().findFirst().orElseThrow();
        StoredEvent event = new StoredEvent(new RecordFields(new Interner(), "999999999999", "ap-south-1").ofCall(call),
                1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> reads = IntStream.range(0, 64)
                    .mapToObj(i -> CompletableFuture.supplyAsync(event::json, pool)).toList();

            assertThat(reads).extracting(CompletableFuture::join).containsOnly(RecordWriter.apiCall(call));
        } finally {
            pool.shutdownNow();
        }
    }
}
