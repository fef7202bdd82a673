// The trail lifecycle (see ../README.md) through the AWS SDK for JavaScript v3, against the mock at
// $MOCK_CLOUDTRAIL_ENDPOINT. Prints "ok N - what" per check and "N checks passed" at the end; stops at the first
// failed check with "not ok N - what: ..." and exit status 1. Credentials and Region come from the environment.
import { isDeepStrictEqual } from "node:util";
import * as ct from "@aws-sdk/client-cloudtrail";

const AUDIT_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-audit";
const SCRATCH_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-scratch";
const WRITES = ["UpdateTrail", "StopLogging", "StartLogging", "PutInsightSelectors", "PutEventSelectors",
  "PutEventSelectors", "RemoveTags", "AddTags", "CreateTrail", "CreateTrail"];
let checks = 0;

function check(what, expected, actual) {
  checks++;
  if (!isDeepStrictEqual(expected, actual)) {
    console.log(`not ok ${checks} - ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
  console.log(`ok ${checks} - ${what}`);
}

/** The call must reject with the SDK's modeled exception class for the code, with HTTP status 400. */
async function checkError(what, code, call) {
  checks++;
  try {
    await call();
  } catch (e) {
    if (e instanceof ct[code] && e.name === code && e.$metadata.httpStatusCode === 400) {
      console.log(`ok ${checks} - ${what}`);
      return;
    }
    console.log(`not ok ${checks} - ${what}: expected ${code}, got ${e.name} (${e.$metadata?.httpStatusCode}): ${e.message}`);
    process.exit(1);
  }
  console.log(`not ok ${checks} - ${what}: expected ${code}, but the call succeeded`);
  process.exit(1);
}

const client = new ct.CloudTrailClient({
  endpoint: process.env.MOCK_CLOUDTRAIL_ENDPOINT,
  region: process.env.AWS_REGION,
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
  maxAttempts: 1,
});
const send = (Command, input) => client.send(new Command(input));

async function tags() {
  const listed = await send(ct.ListTagsCommand, { ResourceIdList: [AUDIT_ARN] });
  return listed.ResourceTagList[0].TagsList.map((t) => [t.Key, t.Value]).sort();
}

// create, describe, get, list
const created = await send(ct.CreateTrailCommand, { Name: "client-audit", S3BucketName: "audit-logs",
  IsMultiRegionTrail: true, TagsList: [{ Key: "owner", Value: "security" }, { Key: "stage", Value: "test" }] });
check("CreateTrail with tags answers the ARN", [AUDIT_ARN, true], [created.TrailARN, created.IsMultiRegionTrail]);
check("CreateTrail of a second trail", "client-scratch",
  (await send(ct.CreateTrailCommand, { Name: "client-scratch", S3BucketName: "scratch-logs" })).Name);
const described = (await send(ct.DescribeTrailsCommand, { trailNameList: ["client-audit"] })).trailList;
check("DescribeTrails by name", [["client-audit", "us-east-1", true]],
  described.map((t) => [t.Name, t.HomeRegion, t.IsMultiRegionTrail]));
check("GetTrail", "audit-logs", (await send(ct.GetTrailCommand, { Name: "client-audit" })).Trail.S3BucketName);
check("ListTrails", ["client-audit", "client-scratch"],
  (await send(ct.ListTrailsCommand, {})).Trails.map((t) => t.Name).sort());

// tags
check("ListTags shows the tags of CreateTrail", [["owner", "security"], ["stage", "test"]], await tags());
await send(ct.AddTagsCommand, { ResourceId: AUDIT_ARN, TagsList: [{ Key: "team", Value: "ops" }] });
await send(ct.RemoveTagsCommand, { ResourceId: AUDIT_ARN, TagsList: [{ Key: "stage" }] });
check("ListTags after AddTags and RemoveTags", [["owner", "security"], ["team", "ops"]], await tags());

// selectors
let put = await send(ct.PutEventSelectorsCommand, { TrailName: "client-audit", EventSelectors: [{
  ReadWriteType: "WriteOnly", IncludeManagementEvents: true,
  DataResources: [{ Type: "AWS::S3::Object", Values: ["arn:aws:s3:::audit-logs/"] }] }] });
check("PutEventSelectors, basic", ["arn:aws:s3:::audit-logs/"], put.EventSelectors[0].DataResources[0].Values);
check("GetEventSelectors, basic", "WriteOnly",
  (await send(ct.GetEventSelectorsCommand, { TrailName: "client-audit" })).EventSelectors[0].ReadWriteType);
put = await send(ct.PutEventSelectorsCommand, { TrailName: "client-audit", AdvancedEventSelectors: [{
  Name: "S3 writes", FieldSelectors: [{ Field: "eventCategory", Equals: ["Data"] },
    { Field: "resources.type", Equals: ["AWS::S3::Object"] }, { Field: "readOnly", Equals: ["false"] }] }] });
check("PutEventSelectors, advanced", "S3 writes", put.AdvancedEventSelectors[0].Name);
const got = await send(ct.GetEventSelectorsCommand, { TrailName: "client-audit" });
check("GetEventSelectors, advanced replaced basic", [["S3 writes"], []],
  [got.AdvancedEventSelectors.map((s) => s.Name), got.EventSelectors ?? []]);
put = await send(ct.PutInsightSelectorsCommand, { TrailName: "client-audit",
  InsightSelectors: [{ InsightType: "ApiCallRateInsight" }] });
check("PutInsightSelectors", [{ InsightType: "ApiCallRateInsight" }], put.InsightSelectors);
check("GetInsightSelectors", [{ InsightType: "ApiCallRateInsight" }],
  (await send(ct.GetInsightSelectorsCommand, { TrailName: "client-audit" })).InsightSelectors);

// logging
await send(ct.StartLoggingCommand, { Name: "client-audit" });
check("GetTrailStatus while logging", true, (await send(ct.GetTrailStatusCommand, { Name: "client-audit" })).IsLogging);
await send(ct.StopLoggingCommand, { Name: "client-audit" });
const status = await send(ct.GetTrailStatusCommand, { Name: "client-audit" });
check("GetTrailStatus after StopLogging", [false, true],
  [status.IsLogging, status.StopLoggingTime instanceof Date && status.StopLoggingTime >= status.StartLoggingTime]);

// update
const updated = await send(ct.UpdateTrailCommand, { Name: "client-audit", S3KeyPrefix: "audit",
  EnableLogFileValidation: true });
check("UpdateTrail", ["audit", true], [updated.S3KeyPrefix, updated.LogFileValidationEnabled]);

// lookup: by an attribute, and page by page with the SDK's paginator (the 10 writes so far, newest first)
const createdEvents = await send(ct.LookupEventsCommand, {
  LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "CreateTrail" }] });
check("LookupEvents by event name", [[SCRATCH_ARN, "mock-user"], [AUDIT_ARN, "mock-user"]],
  createdEvents.Events.map((e) => [e.Resources[0].ResourceName, e.Username]));
const pages = [];
for await (const page of ct.paginateLookupEvents({ client, pageSize: 3 },
  { LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "false" }] })) {
  pages.push(page);
}
check("paginateLookupEvents, pages of 3", [3, 3, 3, 1], pages.map((page) => page.Events.length));
check("paginateLookupEvents, every write newest first", WRITES, pages.flatMap((p) => p.Events.map((e) => e.EventName)));

// public keys
const keys = (await send(ct.ListPublicKeysCommand, {})).PublicKeyList;
check("ListPublicKeys", [1, true, true, true], [keys.length, /^[0-9a-f]{32}$/.test(keys[0].Fingerprint),
  keys[0].Value instanceof Uint8Array && keys[0].Value.length > 0, keys[0].ValidityStartTime < keys[0].ValidityEndTime]);

// documented errors
await checkError("GetTrail of an unknown trail", "TrailNotFoundException",
  () => send(ct.GetTrailCommand, { Name: "no-such-trail" }));
await checkError("CreateTrail of an existing name", "TrailAlreadyExistsException",
  () => send(ct.CreateTrailCommand, { Name: "client-audit", S3BucketName: "audit-logs" }));
await checkError("CreateTrail with an invalid name", "InvalidTrailNameException",
  () => send(ct.CreateTrailCommand, { Name: "bad name!", S3BucketName: "audit-logs" }));
await checkError("GetInsightSelectors without Insights", "InsightNotEnabledException",
  () => send(ct.GetInsightSelectorsCommand, { TrailName: "client-scratch" }));
await checkError("LookupEvents with an inverted time range", "InvalidTimeRangeException",
  () => send(ct.LookupEventsCommand, { StartTime: new Date("2024-03-02T00:00:00Z"), EndTime: new Date("2024-03-01T00:00:00Z") }));
await checkError("LookupEvents with MaxResults 51", "InvalidMaxResultsException",
  () => send(ct.LookupEventsCommand, { MaxResults: 51 }));
await checkError("PutEventSelectors with basic and advanced selectors", "InvalidEventSelectorsException",
  () => send(ct.PutEventSelectorsCommand, { TrailName: "client-audit", EventSelectors: [{ ReadWriteType: "All" }],
    AdvancedEventSelectors: [{ FieldSelectors: [{ Field: "eventCategory", Equals: ["Management"] }] }] }));
await checkError("PutInsightSelectors with an unknown type", "InvalidInsightSelectorsException",
  () => send(ct.PutInsightSelectorsCommand, { TrailName: "client-audit", InsightSelectors: [{ InsightType: "ApiFooInsight" }] }));

// delete
await send(ct.DeleteTrailCommand, { Name: "client-audit" });
await send(ct.DeleteTrailCommand, { Name: SCRATCH_ARN });
check("DescribeTrails after DeleteTrail", [], (await send(ct.DescribeTrailsCommand, {})).trailList);
await checkError("GetTrail of a deleted trail", "TrailNotFoundException",
  () => send(ct.GetTrailCommand, { Name: "client-audit" }));

console.log(`${checks} checks passed`);
