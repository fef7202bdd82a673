package io.github.mockcloudtrail.engine.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mockcloudtrail.EventSeed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Writes complete CloudTrail records (event version 1.09) for the mock's own API calls and for
 * {@link EventSeed}s: user identity, time, Region, source address, User-Agent, request parameters and
 * response elements, request and event IDs, the error of a failed call, resources, event type,
 * category and recipient account, in the order CloudTrail writes them.
 */
final class RecordWriter {
    static final String EVENT_VERSION = "1.09";
    private static final ObjectWriter WRITER = new ObjectMapper().writer();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RecordWriter() {
    }

    /**
     * The record of an API call.
     *
     * @param call what was called, by whom, and how it ended
     */
    static String apiCall(ApiCall call) {
        ObjectNode record = JSON.objectNode();
        record.put("eventVersion", EVENT_VERSION);
        record.set("userIdentity", iamUser(call.partition(), call.account(), call.accessKeyId(), call.username()));
        record.put("eventTime", time(call.time()));
        record.put("eventSource", call.eventSource());
        record.put("eventName", call.eventName());
        record.put("awsRegion", call.region());
        record.put("sourceIPAddress", call.sourceIpAddress());
        record.put("userAgent", call.userAgent());
        if (call.errorCode() != null) {
            record.put("errorCode", call.errorCode());
            record.put("errorMessage", call.errorMessage());
        }
        record.set("requestParameters", call.request() == null ? null : RecordJson.of(call.request()));
        record.set("responseElements", call.response() == null ? null : RecordJson.of(call.response()));
        record.put("requestID", call.requestId());
        record.put("eventID", call.eventId());
        record.put("readOnly", call.readOnly());
        if (call.resources().length > 0) {
            ArrayNode resources = record.putArray("resources");
            for (ResourceRef resource : call.resources()) {
                resources.addObject().put("accountId", call.account()).put("type", resource.type())
                        .put("ARN", resource.name());
            }
        }
        record.put("eventType", "AwsApiCall");
        record.put("managementEvent", true);
        record.put("recipientAccountId", call.account());
        record.put("eventCategory", "Management");
        return write(record);
    }

    /** The record of an Insights event: CloudTrail's {@code AwsCloudTrailInsight} shape. */
    static String insight(EventSeed seed, String account, String region, Instant time, String eventId) {
        ObjectNode record = JSON.objectNode();
        record.put("eventVersion", EVENT_VERSION);
        record.put("eventTime", time(time));
        record.put("awsRegion", region);
        record.put("eventID", eventId);
        record.put("eventType", "AwsCloudTrailInsight");
        record.put("recipientAccountId", account);
        record.put("sharedEventID", eventId);
        ObjectNode details = record.putObject("insightDetails");
        details.put("state", "Start");
        details.put("eventSource", seed.eventSource());
        details.put("eventName", seed.eventName());
        details.put("insightType", "ApiCallRateInsight");
        record.put("eventCategory", "Insight");
        return write(record);
    }

    /** {@code 2024-03-01T12:00:00Z}: CloudTrail writes event times to the second. */
    static String time(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private static ObjectNode iamUser(String partition, String account, String accessKeyId, String username) {
        ObjectNode identity = JSON.objectNode();
        identity.put("type", "IAMUser");
        identity.put("principalId", principalId(account, username));
        identity.put("arn", "arn:" + partition + ":iam::" + account + ":user/" + username);
        identity.put("accountId", account);
        identity.put("accessKeyId", accessKeyId);
        identity.put("userName", username);
        return identity;
    }

    /** A stable IAM user ID ({@code AIDA} and 17 characters) for a user of an account. */
    static String principalId(String account, String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((account + "/" + username).getBytes(StandardCharsets.UTF_8));
            return "AIDA" + HexFormat.of().formatHex(digest, 0, 9).substring(0, 17).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String write(ObjectNode record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a CloudTrail record", e);
        }
    }

    /**
     * One call to record. Its parts are immutable (SDK requests and responses are), so the record can be
     * written whenever it is first read, and is the same whenever that is.
     *
     * @param errorCode the error code of a failed call, or null
     * @param request the request, written as {@code requestParameters}, or null
     * @param response the response of a successful write, written as {@code responseElements}, or null
     */
    record ApiCall(String partition, String account, String region, String accessKeyId, String username,
            Instant time, String eventSource, String eventName, boolean readOnly, String sourceIpAddress,
            String userAgent, String requestId, String eventId, String errorCode, String errorMessage,
            SdkPojo request, SdkPojo response, ResourceRef[] resources) {

        /** This call with its repeated values (account, Region, key, user, agent...) shared through the interner. */
        ApiCall sharing(Interner interner) {
            return new ApiCall(interner.intern(partition), interner.intern(account), interner.intern(region),
                    interner.intern(accessKeyId), interner.intern(username), time, interner.intern(eventSource),
                    interner.intern(eventName), readOnly, interner.intern(sourceIpAddress), interner.intern(userAgent),
                    requestId, eventId, interner.intern(errorCode), errorMessage, request, response, resources);
        }
    }
}
