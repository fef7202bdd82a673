package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.selectors.EventDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * The data events {@code logsDataEventsFor} asks the selector evaluator about: for each resource type, a
 * typical read and a typical write, as CloudTrail records them. Their names matter only to advanced
 * selectors that filter on {@code eventName}; failure messages show them.
 *
 * <table>
 *   <caption>Probes by resource type</caption>
 *   <tr><th>type</th><th>event source</th><th>read</th><th>write</th></tr>
 *   <tr><td>AWS::S3::Object</td><td>s3.amazonaws.com</td><td>GetObject</td><td>PutObject</td></tr>
 *   <tr><td>AWS::Lambda::Function</td><td>lambda.amazonaws.com</td><td>(none)</td><td>Invoke</td></tr>
 *   <tr><td>AWS::DynamoDB::Table</td><td>dynamodb.amazonaws.com</td><td>GetItem</td><td>PutItem</td></tr>
 *   <tr><td>AWS::S3Outposts::Object</td><td>s3-outposts.amazonaws.com</td><td>GetObject</td><td>PutObject</td></tr>
 *   <tr><td>AWS::S3ObjectLambda::AccessPoint</td><td>s3-object-lambda.amazonaws.com</td><td>GetObject</td>
 *       <td>WriteGetObjectResponse</td></tr>
 *   <tr><td>AWS::ManagedBlockchain::Node</td><td>managedblockchain.amazonaws.com</td><td>eth_getBalance</td>
 *       <td>eth_sendRawTransaction</td></tr>
 *   <tr><td>other {@code AWS::Service::Type}</td><td>service.amazonaws.com</td><td>AnyReadOperation</td>
 *       <td>AnyWriteOperation</td></tr>
 * </table>
 */
final class DataEventProbes {
    private static final Map<String, Probe> PROBES = Map.of(
            "AWS::S3::Object", new Probe("s3.amazonaws.com", "GetObject", "PutObject"),
            "AWS::Lambda::Function", new Probe("lambda.amazonaws.com", null, "Invoke"),
            "AWS::DynamoDB::Table", new Probe("dynamodb.amazonaws.com", "GetItem", "PutItem"),
            "AWS::S3Outposts::Object", new Probe("s3-outposts.amazonaws.com", "GetObject", "PutObject"),
            "AWS::S3ObjectLambda::AccessPoint",
            new Probe("s3-object-lambda.amazonaws.com", "GetObject", "WriteGetObjectResponse"),
            "AWS::ManagedBlockchain::Node",
            new Probe("managedblockchain.amazonaws.com", "eth_getBalance", "eth_sendRawTransaction"));

    private DataEventProbes() {
    }

    /**
     * The data events on the resource that a trail logging its {@code readWriteType} data events logs.
     *
     * @throws IllegalArgumentException if the type has no data events of that kind (Lambda functions have
     *     no read-only ones)
     */
    static List<EventDescription> on(String type, String arn, ReadWriteType readWriteType) {
        Probe probe = PROBES.getOrDefault(type, Probe.generic(type));
        List<EventDescription> events = new ArrayList<>();
        if (readWriteType != ReadWriteType.WRITE_ONLY && probe.read() != null) {
            events.add(EventDescription.data(probe.eventSource(), probe.read()).readOnly(true).resource(type, arn).build());
        }
        if (readWriteType != ReadWriteType.READ_ONLY) {
            events.add(EventDescription.data(probe.eventSource(), probe.write()).readOnly(false).resource(type, arn).build());
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException(type + " has no " + readWriteType + " data events");
        }
        return events;
    }

    private record Probe(String eventSource, String read, String write) {
        /** {@code AWS::SNS::Topic} is a resource of {@code sns.amazonaws.com}. */
        static Probe generic(String type) {
            String[] parts = type.split("::");
            String service = parts.length == 3 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
            return new Probe(service + ".amazonaws.com", "AnyReadOperation", "AnyWriteOperation");
        }
    }
}
