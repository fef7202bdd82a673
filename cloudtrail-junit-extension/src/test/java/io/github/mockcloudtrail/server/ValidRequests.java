package io.github.mockcloudtrail.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mockcloudtrail.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Requests that {@link SeededServer}'s trails accept, for every operation, using every member the operation has
 * at least once: the seeds of truncation and mutation tests. {@code audit} is the seeded multi-Region trail.
 *
 * <pre>{@code
 * ObjectNode body = ValidRequests.of(Operation.CREATE_TRAIL).get(0);
 * }</pre>
 */
final class ValidRequests {
    private static final String ARN = SeededServer.AUDIT_ARN;
    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:audit:*";
    private static final String ROLE = "arn:aws:iam::123456789012:role/CloudTrail_CloudWatchLogs_Role";
    private static final Map<Operation, List<String>> BODIES = new EnumMap<>(Operation.class);

    static {
        add(Operation.CREATE_TRAIL, "{'Name':'fresh','S3BucketName':'fresh-logs','S3KeyPrefix':'audit/prefix',"
                + "'SnsTopicName':'audit-topic','IncludeGlobalServiceEvents':true,'IsMultiRegionTrail':true,"
                + "'EnableLogFileValidation':true,'CloudWatchLogsLogGroupArn':'" + LOG_GROUP + "',"
                + "'CloudWatchLogsRoleArn':'" + ROLE + "','KmsKeyId':'alias/audit','IsOrganizationTrail':false,"
                + "'TagsList':[{'Key':'owner','Value':'security'},{'Key':'stage'}]}");
        add(Operation.UPDATE_TRAIL, "{'Name':'audit','S3BucketName':'other-logs','S3KeyPrefix':'p','SnsTopicName':'t',"
                + "'IncludeGlobalServiceEvents':true,'IsMultiRegionTrail':true,'EnableLogFileValidation':true,"
                + "'CloudWatchLogsLogGroupArn':'" + LOG_GROUP + "','CloudWatchLogsRoleArn':'" + ROLE + "',"
                + "'KmsKeyId':'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',"
                + "'IsOrganizationTrail':false}");
        add(Operation.DELETE_TRAIL, "{'Name':'second'}");
        add(Operation.GET_TRAIL, "{'Name':'" + ARN + "'}");
        add(Operation.DESCRIBE_TRAILS, "{'trailNameList':['audit','" + ARN + "'],'includeShadowTrails':true}");
        add(Operation.LIST_TRAILS, "{'NextToken':null}");
        add(Operation.START_LOGGING, "{'Name':'second'}");
        add(Operation.STOP_LOGGING, "{'Name':'audit'}");
        add(Operation.GET_TRAIL_STATUS, "{'Name':'audit'}");
        add(Operation.ADD_TAGS, "{'ResourceId':'" + ARN + "','TagsList':[{'Key':'team','Value':'ops'},{'Key':'x'}]}");
        add(Operation.REMOVE_TAGS, "{'ResourceId':'" + ARN + "','TagsList':[{'Key':'owner','Value':'security'}]}");
        add(Operation.LIST_TAGS, "{'ResourceIdList':['" + ARN + "'],'NextToken':null}");
        add(Operation.PUT_EVENT_SELECTORS, "{'TrailName':'audit','EventSelectors':[{'ReadWriteType':'ReadOnly',"
                + "'IncludeManagementEvents':true,'DataResources':[{'Type':'AWS::S3::Object','Values':"
                + "['arn:aws:s3:::audit-logs/2024/','arn:aws:s3:::']},{'Type':'AWS::Lambda::Function','Values':"
                + "['arn:aws:lambda']}],'ExcludeManagementEventSources':['kms.amazonaws.com']}]}",
                "{'TrailName':'" + ARN + "','AdvancedEventSelectors':[{'Name':'S3 writes','FieldSelectors':["
                + "{'Field':'eventCategory','Equals':['Data']},{'Field':'resources.type','Equals':['AWS::S3::Object']},"
                + "{'Field':'readOnly','Equals':['false']},{'Field':'resources.ARN','StartsWith':"
                + "['arn:aws:s3:::audit-logs/'],'NotStartsWith':['arn:aws:s3:::audit-logs/tmp/'],'EndsWith':['.csv'],"
                + "'NotEndsWith':['.tmp']},{'Field':'eventName','NotEquals':['GetObject']}]}]}");
        add(Operation.GET_EVENT_SELECTORS, "{'TrailName':'audit'}");
        add(Operation.PUT_INSIGHT_SELECTORS, "{'TrailName':'audit','InsightSelectors':[{'InsightType':"
                + "'ApiCallRateInsight'},{'InsightType':'ApiErrorRateInsight'}]}");
        add(Operation.GET_INSIGHT_SELECTORS, "{'TrailName':'" + ARN + "'}");
        add(Operation.LOOKUP_EVENTS, "{'LookupAttributes':[{'AttributeKey':'EventName','AttributeValue':'CreateTrail'}],"
                + "'StartTime':1700000000,'EndTime':1900000000.5,'MaxResults':10}",
                "{'LookupAttributes':[{'AttributeKey':'EventSource','AttributeValue':'cloudtrail.amazonaws.com'}],"
                + "'EventCategory':'insight','MaxResults':50,'NextToken':null}");
        add(Operation.LIST_PUBLIC_KEYS, "{'StartTime':1700000000,'EndTime':1900000000,'NextToken':null}");
    }

    private ValidRequests() {
    }

    /** Fresh copies, free to change. */
    static List<ObjectNode> of(Operation operation) {
        List<ObjectNode> copies = new ArrayList<>();
        for (String body : BODIES.get(operation)) {
            try {
                copies.add((ObjectNode) new ObjectMapper().readTree(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(body, e);
            }
        }
        return copies;
    }

    private static void add(Operation operation, String... bodies) {
        List<String> json = new ArrayList<>();
        for (String body : bodies) {
            json.add(body.replace('\'', '"'));
        }
        BODIES.put(operation, json);
    }
}
