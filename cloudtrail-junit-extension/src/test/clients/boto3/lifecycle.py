"""The trail lifecycle (see ../README.md) through boto3, against the mock at $MOCK_CLOUDTRAIL_ENDPOINT.

Prints "ok N - what" per check and "N checks passed" at the end; stops at the first failed check with
"not ok N - what: ..." and exit status 1. Credentials and Region come from the environment.
"""
import datetime
import os
import re
import sys

import boto3
import botocore.config

AUDIT_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-audit"
SCRATCH_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/client-scratch"
WRITES = ["UpdateTrail", "StopLogging", "StartLogging", "PutInsightSelectors", "PutEventSelectors",
          "PutEventSelectors", "RemoveTags", "AddTags", "CreateTrail", "CreateTrail"]
checks = 0


def check(what, expected, actual):
    global checks
    checks += 1
    if expected != actual:
        print(f"not ok {checks} - {what}: expected {expected!r}, got {actual!r}")
        sys.exit(1)
    print(f"ok {checks} - {what}")


def check_error(what, code, call):
    """The call must raise boto3's modeled exception for the code, with HTTP status 400."""
    global checks
    checks += 1
    modeled = getattr(client.exceptions, code)
    try:
        call()
    except modeled as e:
        status = e.response["ResponseMetadata"]["HTTPStatusCode"]
        if e.response["Error"]["Code"] == code and status == 400:
            print(f"ok {checks} - {what}")
            return
        print(f"not ok {checks} - {what}: {code} with status {status}, error {e.response['Error']}")
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - any other outcome is the failure to report
        print(f"not ok {checks} - {what}: expected {code}, got {type(e).__name__}: {e}")
        sys.exit(1)
    print(f"not ok {checks} - {what}: expected {code}, but the call succeeded")
    sys.exit(1)


def tags():
    listed = client.list_tags(ResourceIdList=[AUDIT_ARN])["ResourceTagList"][0]["TagsList"]
    return sorted((tag["Key"], tag.get("Value")) for tag in listed)


client = boto3.client("cloudtrail", endpoint_url=os.environ["MOCK_CLOUDTRAIL_ENDPOINT"],
                      config=botocore.config.Config(retries={"total_max_attempts": 1}))

# create, describe, get, list
created = client.create_trail(Name="client-audit", S3BucketName="audit-logs", IsMultiRegionTrail=True,
                              TagsList=[{"Key": "owner", "Value": "security"}, {"Key": "stage", "Value": "test"}])
check("create_trail with tags answers the ARN", (AUDIT_ARN, True), (created["TrailARN"], created["IsMultiRegionTrail"]))
check("create_trail of a second trail", "client-scratch",
      client.create_trail(Name="client-scratch", S3BucketName="scratch-logs")["Name"])
described = client.describe_trails(trailNameList=["client-audit"])["trailList"]
check("describe_trails by name", [("client-audit", "us-east-1", True)],
      [(t["Name"], t["HomeRegion"], t["IsMultiRegionTrail"]) for t in described])
check("get_trail", "audit-logs", client.get_trail(Name="client-audit")["Trail"]["S3BucketName"])
check("list_trails", ["client-audit", "client-scratch"], sorted(t["Name"] for t in client.list_trails()["Trails"]))

# tags
check("list_tags shows the tags of create_trail", [("owner", "security"), ("stage", "test")], tags())
client.add_tags(ResourceId=AUDIT_ARN, TagsList=[{"Key": "team", "Value": "ops"}])
client.remove_tags(ResourceId=AUDIT_ARN, TagsList=[{"Key": "stage"}])
check("list_tags after add_tags and remove_tags", [("owner", "security"), ("team", "ops")], tags())

# selectors
put = client.put_event_selectors(TrailName="client-audit", EventSelectors=[{
    "ReadWriteType": "WriteOnly", "IncludeManagementEvents": True,
    "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::audit-logs/"]}]}])
check("put_event_selectors, basic", ["arn:aws:s3:::audit-logs/"], put["EventSelectors"][0]["DataResources"][0]["Values"])
check("get_event_selectors, basic", "WriteOnly",
      client.get_event_selectors(TrailName="client-audit")["EventSelectors"][0]["ReadWriteType"])
put = client.put_event_selectors(TrailName="client-audit", AdvancedEventSelectors=[{"Name": "S3 writes", "FieldSelectors": [
    {"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
    {"Field": "readOnly", "Equals": ["false"]}]}])
check("put_event_selectors, advanced", "S3 writes", put["AdvancedEventSelectors"][0]["Name"])
got = client.get_event_selectors(TrailName="client-audit")
check("get_event_selectors, advanced replaced basic", (["S3 writes"], []),
      ([s["Name"] for s in got["AdvancedEventSelectors"]], got.get("EventSelectors", [])))
put = client.put_insight_selectors(TrailName="client-audit", InsightSelectors=[{"InsightType": "ApiCallRateInsight"}])
check("put_insight_selectors", [{"InsightType": "ApiCallRateInsight"}], put["InsightSelectors"])
check("get_insight_selectors", [{"InsightType": "ApiCallRateInsight"}],
      client.get_insight_selectors(TrailName="client-audit")["InsightSelectors"])

# logging
client.start_logging(Name="client-audit")
check("get_trail_status while logging", True, client.get_trail_status(Name="client-audit")["IsLogging"])
client.stop_logging(Name="client-audit")
status = client.get_trail_status(Name="client-audit")
check("get_trail_status after stop_logging", (False, True),
      (status["IsLogging"], status["StopLoggingTime"] >= status["StartLoggingTime"]))

# update
updated = client.update_trail(Name="client-audit", S3KeyPrefix="audit", EnableLogFileValidation=True)
check("update_trail", ("audit", True), (updated["S3KeyPrefix"], updated["LogFileValidationEnabled"]))

# lookup: by an attribute, and page by page with boto3's paginator (the 10 writes so far, newest first)
created_events = client.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "CreateTrail"}])
check("lookup_events by event name", [(SCRATCH_ARN, "mock-user"), (AUDIT_ARN, "mock-user")],
      [(e["Resources"][0]["ResourceName"], e["Username"]) for e in created_events["Events"]])
pages = list(client.get_paginator("lookup_events").paginate(
    LookupAttributes=[{"AttributeKey": "ReadOnly", "AttributeValue": "false"}], PaginationConfig={"PageSize": 3}))
check("lookup_events paginator, pages of 3", [3, 3, 3, 1], [len(page["Events"]) for page in pages])
check("lookup_events paginator, every write newest first", WRITES,
      [event["EventName"] for page in pages for event in page["Events"]])

# public keys
keys = client.list_public_keys()["PublicKeyList"]
check("list_public_keys", (1, True, True), (len(keys), bool(re.fullmatch("[0-9a-f]{32}", keys[0]["Fingerprint"])),
                                            keys[0]["ValidityStartTime"] < keys[0]["ValidityEndTime"]))

# documented errors
check_error("get_trail of an unknown trail", "TrailNotFoundException", lambda: client.get_trail(Name="no-such-trail"))
check_error("create_trail of an existing name", "TrailAlreadyExistsException",
            lambda: client.create_trail(Name="client-audit", S3BucketName="audit-logs"))
check_error("create_trail with an invalid name", "InvalidTrailNameException",
            lambda: client.create_trail(Name="bad name!", S3BucketName="audit-logs"))
check_error("get_insight_selectors without Insights", "InsightNotEnabledException",
            lambda: client.get_insight_selectors(TrailName="client-scratch"))
check_error("lookup_events with an inverted time range", "InvalidTimeRangeException",
            lambda: client.lookup_events(StartTime=datetime.datetime(2024, 3, 2, tzinfo=datetime.timezone.utc),
                                         EndTime=datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)))
check_error("lookup_events with MaxResults 51", "InvalidMaxResultsException", lambda: client.lookup_events(MaxResults=51))
check_error("put_event_selectors with basic and advanced selectors", "InvalidEventSelectorsException",
            lambda: client.put_event_selectors(TrailName="client-audit", EventSelectors=[{"ReadWriteType": "All"}],
                                               AdvancedEventSelectors=[{"FieldSelectors": [
                                                   {"Field": "eventCategory", "Equals": ["Management"]}]}]))
check_error("put_insight_selectors with an unknown type", "InvalidInsightSelectorsException",
            lambda: client.put_insight_selectors(TrailName="client-audit",
                                                 InsightSelectors=[{"InsightType": "ApiFooInsight"}]))

# delete
client.delete_trail(Name="client-audit")
client.delete_trail(Name=SCRATCH_ARN)
check("describe_trails after delete_trail", [], client.describe_trails()["trailList"])
check_error("get_trail of a deleted trail", "TrailNotFoundException", lambda: client.get_trail(Name="client-audit"))

print(f"{checks} checks passed")
